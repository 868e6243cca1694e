using System.Buffers;
using System.Security.Cryptography;

namespace HeyGen.Emulator.Infrastructure;

/// <summary>
/// Canonical JSON (object members sorted by name, no insignificant whitespace, numbers as written) and its
/// SHA-256. Accounting keys creates on it, so "the same request twice" is detectable regardless of member
/// order or formatting, and idempotency compares bodies with it.
/// </summary>
internal static class CanonicalJson
{
    public static string Hash(ReadOnlySpan<byte> json) => Convert.ToHexStringLower(SHA256.HashData(Canonicalize(json)));

    public static byte[] Canonicalize(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        using var document = JsonDocument.ParseValue(ref reader);
        var buffer = new ArrayBufferWriter<byte>(json.Length);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, document.RootElement);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
