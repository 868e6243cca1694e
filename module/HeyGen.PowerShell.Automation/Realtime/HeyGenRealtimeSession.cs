namespace HeyGen.Automation;

/// <summary>
/// A v3 realtime session as the cmdlets show it. <see cref="SessionId"/> pipes (and converts, through
/// <see cref="ToString"/>) into Get-, Send-HeyGenRealtimeText -Session and Stop-HeyGenRealtimeSession;
/// <see cref="PlaybackUrl"/> is the HLS playlist a player opens.
/// </summary>
public sealed class HeyGenRealtimeSession
{
    public string SessionId { get; init; } = string.Empty;

    /// <summary>tts, audio or text_stream.</summary>
    public string? Mode { get; init; }

    /// <summary>starting, ready, closed or failed.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>The HLS playlist (.m3u8), once the session is ready.</summary>
    public Uri? PlaybackUrl { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When HeyGen's one-hour cap closes the session.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>True while this PowerShell session keeps the session alive in the background (Start-HeyGenRealtimeSession -KeepAlive).</summary>
    public bool KeepAlive { get; init; }

    /// <summary>True once Stop-HeyGenRealtimeSession was run on it here: no more text is sent from this PowerShell session.</summary>
    public bool Stopped { get; init; }

    public bool IsOpen => Status is "starting" or "ready";

    public override string ToString() => SessionId;

    internal static HeyGenRealtimeSession From(AvatarRealtimeSession session, RealtimeSessionRegistry registry) => new()
    {
        SessionId = session.StreamId,
        Mode = session.Type?.Value ?? registry.ModeOf(session.StreamId),
        Status = session.Status.Value,
        PlaybackUrl = session.Url,
        CreatedAt = Time(session.CreatedAt),
        ExpiresAt = Time(session.ExpiresAt),
        ClosedAt = Time(session.ClosedAt),
        KeepAlive = registry.IsKeptAlive(session.StreamId),
        Stopped = registry.IsStopped(session.StreamId),
    };

    private static DateTimeOffset? Time(long? seconds) => seconds is long s ? DateTimeOffset.FromUnixTimeSeconds(s) : null;
}
