namespace HeyGen;

/// <summary>
/// A realtime session is over (<c>closed</c> by the idle timeout, the one-hour cap or a close; or <c>failed</c>) and
/// cannot be played or sent text any more. Start a new session.
/// </summary>
public sealed class HeyGenRealtimeSessionClosedException : Exception
{
    /// <summary>Creates the exception for one session.</summary>
    /// <param name="streamId">The session.</param>
    /// <param name="status">Its last known status (<c>closed</c> or <c>failed</c>).</param>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The API error that revealed it, if any.</param>
    public HeyGenRealtimeSessionClosedException(string streamId, string status, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        StreamId = streamId;
        Status = status;
    }

    /// <summary>The session id.</summary>
    public string StreamId { get; }

    /// <summary>The last known status: <c>closed</c> or <c>failed</c>.</summary>
    public string Status { get; }

    /// <summary>True when HeyGen answers a text push with 409 <c>session_closed</c>.</summary>
    internal static bool IsClosedError(HeyGenApiException error) =>
        error.StatusCode == 409 || string.Equals(error.ErrorCode, "session_closed", StringComparison.Ordinal);
}
