namespace HeyGen;

/// <summary>A photo or look generation, or a group's training, ended in <c>failed</c>.</summary>
public sealed class HeyGenPhotoAvatarException : Exception
{
    /// <summary>Creates the exception for one failed step.</summary>
    public HeyGenPhotoAvatarException(PhotoAvatarStage stage, string id, string? reason)
        : base(Describe(stage) + " " + id + " failed: " + (string.IsNullOrEmpty(reason) ? "no reason given" : reason) + ".")
    {
        Stage = stage;
        Id = id;
        Reason = reason;
    }

    /// <summary>The step that failed.</summary>
    public PhotoAvatarStage Stage { get; }

    /// <summary>The generation id or group id.</summary>
    public string Id { get; }

    /// <summary>The server's explanation, when it gave one.</summary>
    public string? Reason { get; }

    private static string Describe(PhotoAvatarStage stage) => stage switch
    {
        PhotoAvatarStage.GeneratingPhotos => "Photo generation",
        PhotoAvatarStage.GeneratingLooks => "Look generation",
        PhotoAvatarStage.Training => "Training of photo avatar group",
        _ => "Photo avatar step " + stage,
    };
}
