namespace HeyGen;

/// <summary>What the photo avatar flow produced, step by step.</summary>
public sealed class PhotoAvatarFlowResult
{
    /// <summary>Creates the result.</summary>
    public PhotoAvatarFlowResult(V2PhotoAvatarGeneration photos, string groupId, IReadOnlyList<V2PhotoAvatarLook> looks, V2PhotoAvatarTrainingStatus training, IReadOnlyList<V2PhotoAvatarGeneration> lookGenerations)
    {
        Photos = photos;
        GroupId = groupId;
        Looks = looks;
        Training = training;
        LookGenerations = lookGenerations;
    }

    /// <summary>The finished photo generation (image URLs and keys).</summary>
    public V2PhotoAvatarGeneration Photos { get; }

    /// <summary>The photo avatar group.</summary>
    public string GroupId { get; }

    /// <summary>The group's looks made from the photos; each <see cref="V2PhotoAvatarLook.Id"/> can speak in videos.</summary>
    public IReadOnlyList<V2PhotoAvatarLook> Looks { get; }

    /// <summary>The finished training.</summary>
    public V2PhotoAvatarTrainingStatus Training { get; }

    /// <summary>The finished look generations, one per prompt, in prompt order.</summary>
    public IReadOnlyList<V2PhotoAvatarGeneration> LookGenerations { get; }
}
