namespace HeyGen.Emulator.Infrastructure;

/// <summary>
/// Writes failures in the envelope of the route's family: v3 <c>{error: {code, message, param, doc_url}}</c>,
/// v1/v2 <c>{code, message, data: null, error: {code, message}}</c> (both via the generated error models), or
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
                var v1 = new V1ErrorResponse
                {
                    Code = V1Code(status, code),
                    Message = message,
                    Data = null,
                    Error = new V1ErrorDetail { Code = code, Message = message },
                };
                return JsonResponses.WriteAsync(context, status, writer => V1ErrorResponseJsonConverter.WriteValue(writer, v1));
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
    /// The numeric v1/v2 envelope code: HeyGen's legacy codes are five digits starting with the HTTP status
    /// (40119 "video too long"), so the emulator uses status × 100 + a small index per error code.
    /// </summary>
    public static int V1Code(int status, string code) => status * 100 + code switch
    {
        "concurrency_limit_exceeded" or "idempotency_key_reused" or "session_closed" or "session_state_invalid" => 2,
        _ => 1,
    };

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
