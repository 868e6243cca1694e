using HeyGen.Emulator.Infrastructure;

namespace HeyGen.Emulator.Routes.Admin;

/// <summary>Reads a <see cref="FaultRule"/> from the snake_case JSON of <c>POST /_emulator/faults</c>.</summary>
internal static class FaultRuleJson
{
    private static readonly Dictionary<string, FaultKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rate_limit"] = FaultKind.RateLimit,
        ["server_error"] = FaultKind.ServerError,
        ["drop_connection"] = FaultKind.DropConnection,
        ["delay"] = FaultKind.Delay,
        ["truncate_download"] = FaultKind.TruncateDownload,
    };

    public static string KindName(FaultKind kind) => Kinds.First(k => k.Value == kind).Key;

    public static FaultRule Parse(byte[] raw)
    {
        using var document = ParseDocument(raw);
        var root = document.RootElement;
        var target = String(root, "target") ?? throw ApiException.Missing("target");
        var kindName = String(root, "kind") ?? throw ApiException.Missing("kind");
        if (!Kinds.TryGetValue(kindName, out var kind))
        {
            throw ApiException.Invalid("kind", "Invalid 'kind'. Must be one of: " + string.Join(", ", Kinds.Keys) + ".");
        }

        var timing = String(root, "timing") switch
        {
            null or "before_handler" => FaultTiming.BeforeHandler,
            "after_handler" => FaultTiming.AfterHandler,
            _ => throw ApiException.Invalid("timing", "Invalid 'timing'. Must be one of: before_handler, after_handler."),
        };
        return new FaultRule(target, kind)
        {
            Count = Int(root, "count"),
            Probability = Double(root, "probability"),
            Seed = Int(root, "seed") ?? 1,
            StatusCode = Int(root, "status_code") ?? 500,
            Html = root.TryGetProperty("html", out var html) && html.ValueKind == JsonValueKind.True,
            EmptyBody = root.TryGetProperty("empty_body", out var empty) && empty.ValueKind == JsonValueKind.True,
            RetryAfterSeconds = Int(root, "retry_after_seconds") ?? 1,
            Delay = TimeSpan.FromMilliseconds(Int(root, "delay_ms") ?? 2000),
            Timing = timing,
            TruncateFraction = Double(root, "truncate_fraction") ?? 0.5,
        };
    }

    private static JsonDocument ParseDocument(byte[] raw)
    {
        try
        {
            var document = JsonDocument.Parse(raw);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw ApiException.Invalid("body", "A fault rule is a JSON object.");
            }

            return document;
        }
        catch (JsonException ex)
        {
            throw ApiException.Invalid("body", "The request body is not valid JSON: " + ex.Message);
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.TryGetInt32(out var number) ? number
        : throw ApiException.Invalid(name, "'" + name + "' must be an integer.");

    private static double? Double(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.TryGetDouble(out var number) ? number
        : throw ApiException.Invalid(name, "'" + name + "' must be a number.");
}
