namespace HeyGen;

/// <summary>
/// HeyGen refused a new realtime session because the space already runs its maximum of concurrent sessions
/// (3 by default): HTTP 429 with code <c>concurrency_limit_exceeded</c>. It is an <see cref="HeyGenApiException"/>
/// too, so existing handlers still catch it.
/// </summary>
public sealed class HeyGenRealtimeLimitException : HeyGenApiException
{
    /// <summary>The error code HeyGen answers with when the concurrent-session cap is reached.</summary>
    public const string LimitErrorCode = "concurrency_limit_exceeded";

    /// <summary>Wraps the API's answer with a message that says what to do.</summary>
    public HeyGenRealtimeLimitException(HeyGenApiException apiError)
        : base(
            (apiError ?? throw new ArgumentNullException(nameof(apiError))).Kind,
            "All concurrent realtime sessions of this HeyGen space are in use (HeyGen allows 3 by default). Reuse an open session, "
                + "or wait until one closes (a text_stream session closes 30 s after its last text), or ask HeyGen to raise the limit. "
                + "Server said: " + apiError.ErrorMessage,
            apiError.StatusCode,
            apiError.ErrorCode,
            apiError.Parameter,
            apiError.DocUrl,
            apiError.RequestId,
            apiError.RetryAfter,
            apiError.Method,
            apiError.Path,
            apiError.OperationId,
            apiError)
    {
    }

    /// <summary>True when <paramref name="error"/> is HeyGen's answer to one realtime session too many.</summary>
    public static bool IsLimitError(HeyGenApiException error) =>
        error is not null && error.StatusCode == 429 && string.Equals(error.ErrorCode, LimitErrorCode, StringComparison.Ordinal);
}
