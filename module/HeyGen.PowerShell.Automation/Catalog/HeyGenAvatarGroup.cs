namespace HeyGen.Automation;

/// <summary>An avatar group (a character with one or more looks). <see cref="GroupId"/> pipes into Get-HeyGenAvatar -GroupId.</summary>
public sealed class HeyGenAvatarGroup
{
    public string GroupId { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string? Gender { get; init; }

    public int LooksCount { get; init; }

    public string? DefaultVoiceId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? Status { get; init; }

    public Uri? PreviewImageUrl { get; init; }

    public override string ToString() => GroupId;

    internal static HeyGenAvatarGroup From(AvatarGroup group) => new()
    {
        GroupId = group.Id,
        Name = group.Name,
        Gender = group.Gender,
        LooksCount = group.LooksCount,
        DefaultVoiceId = group.DefaultVoiceId,
        CreatedAt = DateTimeOffset.FromUnixTimeSeconds(group.CreatedAt),
        Status = group.Status?.Value,
        PreviewImageUrl = group.PreviewImageUrl,
    };
}
