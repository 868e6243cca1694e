namespace HeyGen.Automation;

/// <summary>The three realtime modes (v3 <c>type</c>).</summary>
public enum RealtimeMode
{
    Tts,
    Audio,
    TextStream,
}

/// <summary>What Start-HeyGenRealtimeSession was given; <see cref="RealtimeService"/> checks the combination.</summary>
public sealed class RealtimeStartSpec
{
    public RealtimeMode Mode { get; init; }

    public string AvatarId { get; init; } = string.Empty;

    public string? VoiceId { get; init; }

    /// <summary>tts: what to say. text_stream: the seed text (HeyGen requires one).</summary>
    public string? Text { get; init; }

    public string? AudioUrl { get; init; }

    public string? AudioAssetId { get; init; }

    /// <summary>An audio file read here and sent inline, base64-encoded.</summary>
    public string? AudioPath { get; init; }

    /// <summary>Audio already base64-encoded, with <see cref="AudioMediaType"/>.</summary>
    public string? AudioBase64 { get; init; }

    public string? AudioMediaType { get; init; }

    /// <summary>text_stream only: keep the session alive in the background until Stop-HeyGenRealtimeSession.</summary>
    public bool KeepAlive { get; init; }

    /// <summary>Give up waiting for ready after this long; null uses the helper's default (2 minutes).</summary>
    public TimeSpan? ReadyTimeout { get; init; }

    /// <summary>For -WhatIf and -Confirm: "text_stream session with avatar X".</summary>
    public string Describe() =>
        (Mode switch { RealtimeMode.Tts => "tts", RealtimeMode.Audio => "audio", _ => "text_stream" }) + " realtime session with avatar " + AvatarId
        + (VoiceId is null ? string.Empty : " and voice " + VoiceId);
}
