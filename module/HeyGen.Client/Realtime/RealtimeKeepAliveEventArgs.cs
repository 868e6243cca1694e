namespace HeyGen;

/// <summary>Reported after every keep-alive push of a <see cref="RealtimeTextSession"/>, successful or not.</summary>
public sealed class RealtimeKeepAliveEventArgs : EventArgs
{
    /// <summary>Creates the report of one keep-alive.</summary>
    public RealtimeKeepAliveEventArgs(string streamId, DateTimeOffset sentAt, Exception? error)
    {
        StreamId = streamId;
        SentAt = sentAt;
        Error = error;
    }

    /// <summary>The session kept alive.</summary>
    public string StreamId { get; }

    /// <summary>When the keep-alive was sent, on the session's clock.</summary>
    public DateTimeOffset SentAt { get; }

    /// <summary>Why it failed, or null when the server accepted it. A <see cref="HeyGenRealtimeSessionClosedException"/> ends the keep-alive.</summary>
    public Exception? Error { get; }

    /// <summary>True when the server accepted the keep-alive.</summary>
    public bool Succeeded => Error is null;
}
