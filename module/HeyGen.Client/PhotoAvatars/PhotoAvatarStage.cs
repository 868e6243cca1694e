namespace HeyGen;

/// <summary>The steps of the photo avatar flow, in order.</summary>
public enum PhotoAvatarStage
{
    /// <summary>AI photos are being generated from the description.</summary>
    GeneratingPhotos,

    /// <summary>A photo avatar group is created from the first photo.</summary>
    CreatingGroup,

    /// <summary>The other photos are added to the group as looks.</summary>
    AddingLooks,

    /// <summary>The group is training.</summary>
    Training,

    /// <summary>New looks are generated from prompts.</summary>
    GeneratingLooks,

    /// <summary>Every step finished.</summary>
    Completed,
}
