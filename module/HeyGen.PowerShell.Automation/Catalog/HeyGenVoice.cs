namespace HeyGen.Automation;

/// <summary>A text-to-speech voice. <see cref="VoiceId"/> pipes into New-HeyGenVideo -VoiceId.</summary>
public sealed class HeyGenVoice
{
    public string VoiceId { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string Language { get; init; } = string.Empty;

    public string Gender { get; init; } = string.Empty;

    /// <summary>public or private.</summary>
    public string Type { get; init; } = string.Empty;

    public bool SupportPause { get; init; }

    public bool SupportLocale { get; init; }

    public Uri? PreviewAudioUrl { get; init; }

    public override string ToString() => VoiceId;

    internal static HeyGenVoice From(Voice voice) => new()
    {
        VoiceId = voice.VoiceId,
        Name = voice.Name,
        Language = voice.Language,
        Gender = voice.Gender,
        Type = voice.Type.Value,
        SupportPause = voice.SupportPause,
        SupportLocale = voice.SupportLocale,
        PreviewAudioUrl = voice.PreviewAudioUrl,
    };
}
