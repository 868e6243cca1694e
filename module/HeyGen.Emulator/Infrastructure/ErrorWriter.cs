namespace HeyGen.Emulator.Infrastructure;

/// <summary>
/// Writes failures in the envelope of the route's family: v3 <c>{error: {code, message, param, doc_url}}</c>,
/// v1/v2 <c>{code, message, data: null, error: {code, message}}</c>, or
/// S3-style XML for presigned media. The HTTP status is the real one in every family.
/// </summary>
internal static class ErrorWriter
{
    public static Task WriteAsync(HttpContext context, ApiFamily family, ApiException error) =>
        WriteAsync(context, family, error.Status, error.Code, error.Message, error.Param, error.RetryAfterSeconds);

    public static Task WriteAsync(HttpContext context, ApiFamily family, int status, string code, string message, string? param = null, int? retryAfterSeconds = null)
    {
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        switch (family)
        {
            case ApiFamily.V1:
                // Written by hand: the envelope's "data": null must be present, as HeyGen sends it.
                return JsonResponses.WriteAsync(context, status, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("code"u8, V1Code(status));
                    writer.WriteString("message"u8, message);
                    writer.WriteNull("data"u8);
                    writer.WriteStartObject("error"u8);
                    writer.WriteString("code"u8, code);
                    writer.WriteString("message"u8, message);
                    if (param is not null)
                    {
                        writer.WriteString("param"u8, param);
                    }

                    writer.WriteEndObject();
                    writer.WriteEndObject();
                });
            case ApiFamily.Media:
                return MediaError(context, status, code, message);
            default:
                var v3 = new V3ErrorResponse
                {
                    Error = new V3Error { Code = code, Message = message, Param = param, DocUrl = null },
                };
                return JsonResponses.WriteAsync(context, status, writer => V3ErrorResponseJsonConverter.WriteValue(writer, v3));
        }
    }

    /// <summary>
    /// The numeric v1/v2 envelope code of an error response: the spec's V1 error examples carry the HTTP status
    /// (<c>"code": 400</c>, <c>401</c>, <c>404</c>, <c>429</c>, <c>500</c>); the textual code goes in <c>error.code</c>.
    /// </summary>
    public static int V1Code(int status) => status;

    /// <summary>S3's error document, as a presigned URL on files.heygen.ai answers.</summary>
    public static async Task MediaError(HttpContext context, int status, string code, string message)
    {
        var body = Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + System.Security.SecurityElement.Escape(message)
            + "</Message><RequestId>" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant() + "</RequestId></Error>");
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/xml";
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}
