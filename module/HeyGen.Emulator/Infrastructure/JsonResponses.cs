using System.Buffers;

namespace HeyGen.Emulator.Infrastructure;

/// <summary>
/// Writes HeyGen's success envelopes. Payloads are written by the generated models' converters, so the emulator
/// answers in exactly the shape the client reads.
/// </summary>
internal static class JsonResponses
{
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>HeyGen writes quotes, ampersands and non-ASCII text as they are; only what JSON requires is escaped.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a complete JSON body with Content-Length (buffered, so faults can still replace it).</summary>
    public static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = JsonContentType;
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    /// <summary>v3: <c>{"data": value}</c>.</summary>
    public static Task V3<T>(HttpContext context, T value, HeyGenJsonWriteAction<T> write, int status = StatusCodes.Status200OK) =>
        WriteAsync(context, status, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data"u8);
            write(writer, value);
            writer.WriteEndObject();
        });

    /// <summary>v3 paginated lists: the generated list response (<c>{data, has_more, next_token}</c>) is the whole body.</summary>
    public static Task V3Body<T>(HttpContext context, T value, HeyGenJsonWriteAction<T> write, int status = StatusCodes.Status200OK) =>
        WriteAsync(context, status, writer => write(writer, value));

    /// <summary>v1/v2: <c>{"code": 100, "message": "Success", "data": value, "error": null}</c>.</summary>
    public static Task V1<T>(HttpContext context, T value, HeyGenJsonWriteAction<T> write) =>
        V1Raw(context, writer => write(writer, value));

    /// <summary>v1/v2 envelope around arbitrary data; null data writes <c>"data": null</c> (the streaming acks).</summary>
    public static Task V1Raw(HttpContext context, Action<Utf8JsonWriter>? writeData) =>
        WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("code"u8, 100);
            writer.WriteString("message"u8, "Success");
            writer.WritePropertyName("data"u8);
            if (writeData is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writeData(writer);
            }

            writer.WriteNull("error"u8);
            writer.WriteEndObject();
        });
}
