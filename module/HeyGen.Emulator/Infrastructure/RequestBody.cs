using System.Text.RegularExpressions;

namespace HeyGen.Emulator.Infrastructure;

/// <summary>
/// Reads request bodies with the generated converters and turns their exceptions into HeyGen's 400s that name
/// the offending parameter (the converters say which property was missing, null, mistyped or an unknown
/// discriminator value, and which values are allowed).
/// </summary>
internal static partial class RequestBody
{
    /// <summary>JSON bodies may carry base64 media (asset inputs), so the cap is generous.</summary>
    public const long MaxJsonBytes = 48L * 1024 * 1024;

    public static async Task<byte[]> ReadBytesAsync(HttpContext context, long maxBytes, string param = "body")
    {
        if (context.Request.ContentLength is long declared && declared > maxBytes)
        {
            throw TooLarge(maxBytes, param);
        }

        using var buffer = new MemoryStream(context.Request.ContentLength is long length and < 1 << 20 ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes, param);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static ApiException TooLarge(long maxBytes, string param) =>
        new(StatusCodes.Status413PayloadTooLarge, "payload_too_large", "The " + param + " exceeds the maximum size of " + (maxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB.", param);

    /// <summary>Reads and parses a JSON body; returns the model and the raw bytes (for idempotency and accounting).</summary>
    public static async Task<(T Value, byte[] Raw)> ReadJsonAsync<T>(HttpContext context, HeyGenJsonReadFunc<T> read)
    {
        var raw = await ReadBytesAsync(context, MaxJsonBytes);
        return (Parse(raw, read), raw);
    }

    public static T Parse<T>(ReadOnlySpan<byte> json, HeyGenJsonReadFunc<T> read, string? paramPrefix = null)
    {
        if (json.IsEmpty || json.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw ApiException.Invalid(paramPrefix ?? "body", "A JSON request body is required.");
        }

        try
        {
            return HeyGenJson.Deserialize(json, read);
        }
        catch (JsonException ex)
        {
            throw FromJsonException(ex, paramPrefix);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException)
        {
            throw ApiException.Invalid(paramPrefix ?? "body", "The request body could not be read: " + ex.Message);
        }
    }

    /// <summary>Maps a converter's message to a HeyGen 400 with <c>param</c>; <paramref name="prefix"/> locates nested items (<c>videos[3]</c>).</summary>
    public static ApiException FromJsonException(JsonException ex, string? prefix)
    {
        string Param(string name) => prefix is null ? name : prefix + "." + name;
        var message = ex.Message;
        if (ex.LineNumber is not null || message.StartsWith("Unexpected content after", StringComparison.Ordinal) || message.StartsWith("The JSON document is empty", StringComparison.Ordinal))
        {
            // The reader itself failed: the body is not JSON at all.
            return ApiException.Invalid(prefix ?? "body", "The request body is not valid JSON: " + StripPosition(message));
        }

        if (DiscriminatorPattern().Match(message) is { Success: true } discriminator)
        {
            var name = discriminator.Groups["param"].Value;
            var allowed = discriminator.Groups["allowed"].Value;
            var value = discriminator.Groups["value"].Value;
            var text = value == "missing"
                ? "'" + name + "' is required. Must be one of: " + allowed + "."
                : "Invalid '" + name + "' " + value + ". Must be one of: " + allowed + ".";
            return ApiException.Invalid(Param(name), text);
        }

        if (MissingPattern().Match(message) is { Success: true } missing)
        {
            var name = missing.Groups["param"].Value;
            return ApiException.Invalid(Param(name), "'" + name + "' is required.");
        }

        if (MemberPattern().Match(message) is { Success: true } member)
        {
            var name = member.Groups["param"].Value;
            return ApiException.Invalid(Param(name), "Invalid '" + name + "': " + StripPosition(member.Groups["detail"].Value));
        }

        return ApiException.Invalid(prefix ?? "body", "The request body is invalid: " + StripPosition(message));
    }

    private static string StripPosition(string message) => PositionPattern().Replace(message, string.Empty).Trim();

    [GeneratedRegex(@"^[\w.]+: '(?<param>[^']+)' is (?<value>missing|'.*'); expected one of: (?<allowed>.*)\.$", RegexOptions.CultureInvariant)]
    private static partial Regex DiscriminatorPattern();

    [GeneratedRegex(@"^[\w.]+: the required property '(?<param>[^']+)' is missing\.", RegexOptions.CultureInvariant)]
    private static partial Regex MissingPattern();

    [GeneratedRegex(@"^\w+\.(?<param>\w+): (?<detail>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex MemberPattern();

    [GeneratedRegex(@"\s*\((byte \d+)\)|\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPattern();
}
