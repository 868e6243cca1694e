using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HeyGen.Cli.Output;

/// <summary>Writes one JSON document to the command's output.</summary>
internal static class JsonOutput
{
    public static void Write<T>(TextWriter writer, T value, JsonTypeInfo<T> type)
    {
        writer.WriteLine(JsonSerializer.Serialize(value, type));
    }
}
