namespace HeyGen.Emulator.Infrastructure;

/// <summary>
/// A HeyGen-shaped failure thrown by handlers and validators; the error middleware writes it in the route's
/// envelope (v1/v2 or v3). Carrying the parameter name is the point: HeyGen names the offending field.
/// </summary>
internal sealed class ApiException : Exception
{
    public ApiException(int status, string code, string message, string? param = null, int? retryAfterSeconds = null)
        : base(message)
    {
        Status = status;
        Code = code;
        Param = param;
        RetryAfterSeconds = retryAfterSeconds;
    }

    public ApiException()
        : this(500, "internal_error", "An unexpected error occurred. Please retry later.")
    {
    }

    public ApiException(string message)
        : this(400, "invalid_parameter", message)
    {
    }

    public ApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = 400;
        Code = "invalid_parameter";
    }

    public int Status { get; }

    public string Code { get; }

    public string? Param { get; }

    public int? RetryAfterSeconds { get; }

    public static ApiException Invalid(string param, string message) => new(400, "invalid_parameter", message, param);

    public static ApiException Missing(string param) => new(400, "invalid_parameter", "'" + param + "' is required.", param);

    public static ApiException NotFound(string what, string? param = null) => new(404, "not_found", what + " not found", param);

    public static ApiException RateLimited(int retryAfterSeconds, string? message = null) =>
        new(429, "rate_limit_exceeded", message ?? "Too many requests. Retry after the duration specified in the Retry-After header.", null, Math.Max(0, retryAfterSeconds));
}
