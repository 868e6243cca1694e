namespace HeyGen.Automation;

/// <summary>
/// A v1 streaming session as the cmdlets show it. <see cref="SessionId"/> pipes into Start-, Stop-,
/// Get-HeyGenStreamingSession, Send-HeyGenStreamingTask and Stop-HeyGenStreamingTask. A viewer joins
/// <see cref="Url"/> with <see cref="AccessToken"/>.
/// </summary>
public sealed class HeyGenStreamingSession
{
    public string SessionId { get; init; } = string.Empty;

    /// <summary>new, started or stopped as far as this PowerShell session knows; the server's status in lists.</summary>
    public string Status { get; init; } = string.Empty;

    public string? AvatarId { get; init; }

    public string? VoiceId { get; init; }

    /// <summary>low, medium or high, when chosen here.</summary>
    public string? Quality { get; init; }

    /// <summary>H264 or VP8, when chosen here.</summary>
    public string? VideoEncoding { get; init; }

    /// <summary>The room (WebSocket/LiveKit) URL a viewer connects to.</summary>
    public Uri? Url { get; init; }

    /// <summary>The token a viewer joins the room with (only on the session New-HeyGenStreamingSession created).</summary>
    public string? AccessToken { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public override string ToString() => SessionId;
}

/// <summary>A task a streaming session's avatar spoke (or is speaking, for async tasks).</summary>
public sealed class HeyGenStreamingTask
{
    public string SessionId { get; init; } = string.Empty;

    public string TaskId { get; init; } = string.Empty;

    /// <summary>talk or repeat.</summary>
    public string TaskType { get; init; } = string.Empty;

    /// <summary>sync or async.</summary>
    public string TaskMode { get; init; } = string.Empty;

    public string Text { get; init; } = string.Empty;

    /// <summary>How long the avatar speaks, when the server said.</summary>
    public TimeSpan? Duration { get; init; }

    public override string ToString() => TaskId;
}

/// <summary>What New-HeyGenStreamingSession was given.</summary>
public sealed class StreamingSessionSpec
{
    public string AvatarId { get; init; } = string.Empty;

    public string VoiceId { get; init; } = string.Empty;

    public string? Quality { get; init; }

    public string? VideoEncoding { get; init; }

    public string? Version { get; init; }
}
