namespace HeyGen.Automation;

/// <summary>
/// A photo or look generation. <see cref="GenerationId"/> pipes into Wait-HeyGenPhotoAvatar; once finished,
/// <see cref="Name"/> and <see cref="ImageKeys"/> pipe into New-HeyGenPhotoAvatarGroup.
/// </summary>
public sealed class HeyGenPhotoAvatarGeneration
{
    public string GenerationId { get; init; } = string.Empty;

    /// <summary>photos (New-HeyGenPhotoAvatarPhoto) or looks (New-HeyGenPhotoAvatarLook).</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>in_progress, success or failed.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>The name the photos were generated under (becomes the group's name).</summary>
    public string? Name { get; init; }

    /// <summary>The group a look generation belongs to.</summary>
    public string? GroupId { get; init; }

    /// <summary>Keys of the generated images, once finished: they create a group and add looks.</summary>
    public string[] ImageKeys { get; init; } = Array.Empty<string>();

    public Uri[] ImageUrls { get; init; } = Array.Empty<Uri>();

    public string? Orientation { get; init; }

    public string? Pose { get; init; }

    public string? Style { get; init; }

    public override string ToString() => GenerationId;
}

/// <summary>
/// A photo avatar group. <see cref="GroupId"/> pipes into Add-HeyGenPhotoAvatarLook, Start-HeyGenPhotoAvatarTraining,
/// Wait-HeyGenPhotoAvatar and New-HeyGenPhotoAvatarLook; <see cref="UnusedImageKeys"/> into Add-HeyGenPhotoAvatarLook.
/// </summary>
public sealed class HeyGenPhotoAvatarGroup
{
    public string GroupId { get; init; } = string.Empty;

    public string? Name { get; init; }

    /// <summary>created, then pending, training, ready or failed.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>The looks added here (each can speak in videos as an avatar id).</summary>
    public string[] LookIds { get; init; } = Array.Empty<string>();

    /// <summary>Image keys the group was given but that are not looks yet (Add-HeyGenPhotoAvatarLook adds them).</summary>
    public string[] UnusedImageKeys { get; init; } = Array.Empty<string>();

    public string? Orientation { get; init; }

    public string? Pose { get; init; }

    public string? Style { get; init; }

    /// <summary>Why training failed.</summary>
    public string? ErrorMessage { get; init; }

    public override string ToString() => GroupId;
}

/// <summary>What New-HeyGenPhotoAvatarPhoto describes.</summary>
public sealed class PhotoAvatarPhotoSpec
{
    public string Name { get; init; } = string.Empty;

    public string Age { get; init; } = string.Empty;

    public string Gender { get; init; } = string.Empty;

    public string Ethnicity { get; init; } = string.Empty;

    public string Orientation { get; init; } = string.Empty;

    public string Pose { get; init; } = string.Empty;

    public string Style { get; init; } = string.Empty;

    public string Appearance { get; init; } = string.Empty;
}
