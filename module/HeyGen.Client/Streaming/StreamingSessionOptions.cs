namespace HeyGen;

/// <summary>What <see cref="StreamingClient.OpenSessionAsync"/> asks for: the avatar, its voice and the stream's quality.</summary>
public sealed class StreamingSessionOptions
{
    /// <summary>The streaming avatar (for example <c>josh_lite3_20230714</c>).</summary>
    public string AvatarId { get; set; } = string.Empty;

    /// <summary>The voice for text-to-speech.</summary>
    public string VoiceId { get; set; } = string.Empty;

    /// <summary><c>low</c> (480p), <c>medium</c> (720p) or <c>high</c> (1080p); null leaves HeyGen's default.</summary>
    public V1CreateStreamingSessionRequestQuality? Quality { get; set; }

    /// <summary><c>H264</c> or <c>VP8</c>; null leaves HeyGen's default.</summary>
    public V1CreateStreamingSessionRequestVideoEncoding? VideoEncoding { get; set; }

    /// <summary>The streaming API version to ask for (the seeds use <c>v2</c>); null leaves it out.</summary>
    public string? Version { get; set; }

    /// <summary>Call POST /v1/streaming.start right after creating the session (the default), so it is ready to speak.</summary>
    public bool Start { get; set; } = true;
}
