namespace HeyGen;

/// <summary>A v3 realtime session that is <c>ready</c>: its id and the HLS playlist a player can open.</summary>
public sealed class ReadyRealtimeSession
{
    /// <summary>Wraps a session as returned by GET /v3/avatar-realtime/{stream_id} once it is ready.</summary>
    /// <exception cref="ArgumentException">The session has no playback URL yet.</exception>
    public ReadyRealtimeSession(AvatarRealtimeSession session)
    {
        Snapshot = session ?? throw new ArgumentNullException(nameof(session));
        PlaybackUrl = session.Url ?? throw new ArgumentException("Session " + session.StreamId + " has no playback URL yet (status " + session.Status + ").", nameof(session));
    }

    /// <summary>The session id (<c>stream_id</c>).</summary>
    public string StreamId => Snapshot.StreamId;

    /// <summary>The HLS playlist (<c>.m3u8</c>) to play, for example with hls.js or any HLS player.</summary>
    public Uri PlaybackUrl { get; }

    /// <summary>tts, audio or text_stream, when the server said.</summary>
    public AvatarRealtimeSessionType? Type => Snapshot.Type;

    /// <summary>When the one-hour cap closes the session, when the server said.</summary>
    public DateTimeOffset? ExpiresAt => Snapshot.ExpiresAt is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    /// <summary>The session as last read from the server.</summary>
    public AvatarRealtimeSession Snapshot { get; }

    /// <inheritdoc />
    public override string ToString() => StreamId + " " + PlaybackUrl;
}
