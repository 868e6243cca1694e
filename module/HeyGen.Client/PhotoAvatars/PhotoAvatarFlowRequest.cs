namespace HeyGen;

/// <summary>Everything the whole photo avatar flow needs (<see cref="PhotoAvatarsClient.CreatePhotoAvatarAsync"/>).</summary>
public sealed class PhotoAvatarFlowRequest
{
    /// <summary>The description AI photos are generated from.</summary>
    public required V2GeneratePhotoAvatarPhotosRequest Photos { get; set; }

    /// <summary>The group's name; null uses <see cref="V2GeneratePhotoAvatarPhotosRequest.Name"/>.</summary>
    public string? GroupName { get; set; }

    /// <summary>How many generated photos become looks of the group (the first creates it); null takes them all.</summary>
    public int? PhotosToUse { get; set; }

    /// <summary>Prompts for new looks generated after training, one generation each, with the photos' orientation, pose and style.</summary>
    public IList<string> LookPrompts { get; } = new List<string>();
}
