using HeyGen.Emulator.Infrastructure;

namespace HeyGen.Emulator.Videos;

/// <summary>
/// The envelope of a batch body, read without its items' models: each item keeps its raw JSON so it can be
/// validated (and hashed for accounting) on its own, exactly as if it had been POSTed to /v3/videos.
/// </summary>
internal sealed record BatchSubmission(IReadOnlyList<byte[]> Items, string? Title, Uri? CallbackUrl)
{
    public static BatchSubmission Parse(byte[] raw)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(raw);
        }
        catch (JsonException ex)
        {
            throw ApiException.Invalid("body", "The request body is not valid JSON: " + ex.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw ApiException.Invalid("body", "The request body must be a JSON object.");
            }

            if (!root.TryGetProperty("videos", out var videos) || videos.ValueKind == JsonValueKind.Null)
            {
                throw ApiException.Missing("videos");
            }

            if (videos.ValueKind != JsonValueKind.Array || videos.GetArrayLength() is < 1 or > 100)
            {
                throw ApiException.Invalid("videos", "'videos' must be an array of 1 to 100 video payloads.");
            }

            var items = videos.EnumerateArray().Select(v => Encoding.UTF8.GetBytes(v.GetRawText())).ToList();
            var title = OptionalString(root, "title");
            var callback = OptionalString(root, "callback_url");
            Uri? callbackUrl = null;
            if (callback is not null && (!Uri.TryCreate(callback, UriKind.Absolute, out callbackUrl) || callbackUrl.Scheme is not ("http" or "https")))
            {
                throw ApiException.Invalid("callback_url", "'callback_url' must be an absolute http(s) URL.");
            }

            return new BatchSubmission(items, title, callbackUrl);
        }
    }

    private static string? OptionalString(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw ApiException.Invalid(name, "'" + name + "' must be a string.");
}
