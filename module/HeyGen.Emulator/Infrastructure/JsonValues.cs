namespace HeyGen.Emulator.Infrastructure;

/// <summary>Small <see cref="JsonElement"/> values for the models' free-form members, built without reflection.</summary>
internal static class JsonValues
{
    public static JsonElement String(string value) => Parse("\"" + JsonEncodedText.Encode(value, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"");

    public static JsonElement EmptyObject() => Parse("{}");

    public static JsonElement Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
