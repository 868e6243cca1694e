using HeyGen.Emulator.Media;
using HeyGen.Emulator.State;
using HeyGen.Emulator.State.Catalog;

namespace HeyGen.Emulator.Avatars;

/// <summary>
/// The account's avatars as the v2 and v3 endpoints show them: HeyGen's public studio avatars (the catalog) and
/// the account's own photo avatar groups, with preview URLs served by the emulator.
/// </summary>
internal sealed class AvatarViews(MediaUrls urls)
{
    public Uri LookImage(string lookId) => urls.Public("_media/catalog/avatars/" + lookId + ".jpg");

    public Uri LookVideo(string lookId) => urls.Public("_media/catalog/avatars/" + lookId + ".mp4");

    /// <summary>Generated photos live under /_media/photos; uploaded images are served as assets.</summary>
    public Uri ImageForKey(string imageKey, AssetStore assets)
    {
        if (assets.FindByImageKey(imageKey) is { } asset)
        {
            return urls.Public("_media/assets/" + asset.FileName);
        }

        var parts = imageKey.Split('/');
        return urls.Public("_media/photos/" + (parts.Length == 3 ? parts[1] : imageKey.Replace('/', '_')) + ".jpg");
    }

    public AvatarGroup Group(CatalogGroup group) => new()
    {
        Id = group.Id,
        Name = group.Name,
        CreatedAt = group.CreatedAt.ToUnixTimeSeconds(),
        LooksCount = group.Looks.Count,
        Gender = group.Gender,
        DefaultVoiceId = group.DefaultVoiceId,
        PreviewImageUrl = LookImage(group.Looks[0].Id),
        PreviewVideoUrl = LookVideo(group.Looks[0].Id),
        Status = AvatarGroupStatus.Completed,
        ConsentStatus = null,
        Error = null,
    };

    public AvatarGroup Group(PhotoGroup group, DateTimeOffset now, AssetStore assets) => new()
    {
        Id = group.Id,
        Name = group.Name,
        CreatedAt = group.CreatedAt.ToUnixTimeSeconds(),
        LooksCount = group.Looks.Count,
        Gender = null,
        DefaultVoiceId = null,
        PreviewImageUrl = group.Looks.Count > 0 ? ImageForKey(group.Looks[0].ImageKey, assets) : null,
        PreviewVideoUrl = null,
        Status = group.TrainStatusAt(now) == V2TrainStatus.Ready ? AvatarGroupStatus.Completed : AvatarGroupStatus.Processing,
        ConsentStatus = null,
        Error = null,
    };

    public AvatarLook Look(CatalogLook look) => new()
    {
        Id = look.Id,
        Name = look.Name,
        AvatarType = AvatarType.StudioAvatar,
        GroupId = look.GroupId,
        Gender = look.Gender,
        DefaultVoiceId = look.DefaultVoiceId,
        PreviewImageUrl = LookImage(look.Id),
        PreviewVideoUrl = LookVideo(look.Id),
        ImageWidth = look.Width,
        ImageHeight = look.Height,
        PreferredOrientation = new AvatarLookPreferredOrientation(look.Orientation),
        SupportedApiEngines = look.Engines.Select(e => new AvatarLookSupportedApiEnginesItem(e)).ToList(),
        Tags = look.Tags,
        Status = AvatarLookStatus.Completed,
        Error = null,
    };

    public AvatarLook Look(PhotoLook look, AssetStore assets) => new()
    {
        Id = look.Id,
        Name = look.Name,
        AvatarType = AvatarType.PhotoAvatar,
        GroupId = look.GroupId,
        Gender = null,
        DefaultVoiceId = null,
        PreviewImageUrl = ImageForKey(look.ImageKey, assets),
        PreviewVideoUrl = null,
        ImageWidth = 1024,
        ImageHeight = 1024,
        PreferredOrientation = AvatarLookPreferredOrientation.Square,
        SupportedApiEngines = [AvatarLookSupportedApiEnginesItem.AvatarIv, AvatarLookSupportedApiEnginesItem.AvatarIii],
        Tags = ["photo_avatar"],
        Status = AvatarLookStatus.Completed,
        Error = null,
    };

    public V2PhotoAvatarLook V2Look(PhotoLook look, AssetStore assets) => new()
    {
        Id = look.Id,
        GroupId = look.GroupId,
        Name = look.Name,
        ImageUrl = ImageForKey(look.ImageKey, assets),
        CreatedAt = look.CreatedAt.ToUnixTimeSeconds(),
        Status = V2PhotoAvatarLookStatus.Completed,
        IsMotion = false,
        MotionPreviewUrl = null,
        BusinessType = look.Generated ? V2PhotoAvatarLookBusinessType.Generated : V2PhotoAvatarLookBusinessType.UserUpload,
        Upscaled = false,
    };

    public V2PhotoAvatarLook V2Look(CatalogLook look, CatalogGroup group) => new()
    {
        Id = look.Id,
        GroupId = look.GroupId,
        Name = look.Name,
        ImageUrl = LookImage(look.Id),
        CreatedAt = group.CreatedAt.ToUnixTimeSeconds(),
        Status = V2PhotoAvatarLookStatus.Completed,
        IsMotion = true,
        MotionPreviewUrl = LookVideo(look.Id),
        Upscaled = false,
    };
}
