namespace HeyGen.Automation;

/// <summary>
/// An avatar look, the thing a video is made with. <see cref="AvatarId"/> and <see cref="DefaultVoiceId"/> are named
/// so that piping into New-HeyGenVideo binds them (-AvatarId, and -VoiceId through its DefaultVoiceId alias).
/// </summary>
public sealed class HeyGenAvatar
{
    public string AvatarId { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    /// <summary>The avatar group (character) this look belongs to.</summary>
    public string? GroupId { get; init; }

    public string? Gender { get; init; }

    public string? DefaultVoiceId { get; init; }

    /// <summary>studio_avatar, digital_twin or photo_avatar.</summary>
    public string AvatarType { get; init; } = string.Empty;

    /// <summary>landscape, portrait or square, when known.</summary>
    public string? Orientation { get; init; }

    public IReadOnlyList<string> Engines { get; init; } = Array.Empty<string>();

    public IReadOnlyList<string> Tags { get; init; } = Array.Empty<string>();

    public Uri? PreviewImageUrl { get; init; }

    public Uri? PreviewVideoUrl { get; init; }

    public override string ToString() => AvatarId;

    internal static HeyGenAvatar From(AvatarLook look) => new()
    {
        AvatarId = look.Id,
        Name = look.Name,
        GroupId = look.GroupId,
        Gender = look.Gender,
        DefaultVoiceId = look.DefaultVoiceId,
        AvatarType = look.AvatarType.Value,
        Orientation = look.PreferredOrientation?.Value,
        Engines = look.SupportedApiEngines?.Select(e => e.Value).ToList() ?? (IReadOnlyList<string>)Array.Empty<string>(),
        Tags = look.Tags ?? Array.Empty<string>(),
        PreviewImageUrl = look.PreviewImageUrl,
        PreviewVideoUrl = look.PreviewVideoUrl,
    };
}
