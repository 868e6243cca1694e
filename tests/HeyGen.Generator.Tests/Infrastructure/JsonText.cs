using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace HeyGen.Generator.Tests.Infrastructure;

/// <summary>Reads one value with a generated converter's static ReadValue (no reflection).</summary>
internal delegate T JsonRead<T>(ref Utf8JsonReader reader);

/// <summary>Drives the generated reflection-free converters directly: text in, value out, and back.</summary>
internal static class JsonText
{
    public static T Read<T>(string json, JsonRead<T> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(reader.Read(), "empty JSON");
        var value = read(ref reader);
        Assert.False(reader.Read(), "the converter did not consume the whole value");
        return value;
    }

    public static string Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads and writes back: the text must come out byte for byte as it went in (after minifying the input).</summary>
    public static T AssertRoundTrip<T>(string json, JsonRead<T> read, Action<Utf8JsonWriter, T> write)
    {
        var value = Read(json, read);
        Assert.Equal(Minify(json), Write(value, write));
        return value;
    }

    /// <summary>The same JSON text without insignificant whitespace; members, numbers and string escapes kept exactly as written.</summary>
    public static string Minify(string json)
    {
        var sb = new StringBuilder(json.Length);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                sb.Append(c);
                if (c == '\\')
                {
                    sb.Append(json[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                inString = c == '"';
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Equal as JSON values, ignoring member order.</summary>
    public static void AssertEquivalent(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), "expected " + Minify(expected) + "\nbut got  " + Minify(actual));
}
