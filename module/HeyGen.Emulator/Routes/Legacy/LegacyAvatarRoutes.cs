using HeyGen.Emulator.Avatars;
using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.State.Catalog;

namespace HeyGen.Emulator.Routes.Legacy;

/// <summary>GET /v2/avatars, /v2/avatar_group.list, /v2/avatar_group/{group_id}/avatars.</summary>
internal sealed class LegacyAvatarRoutes(EmulatorContext emulator)
{
    private readonly AvatarViews _views = new(emulator.Urls);

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapOperation("GET", "/v2/avatars", "listAvatarsV2", ListAvatarsAsync);
        app.MapOperation("GET", "/v2/avatar_group.list", "listAvatarGroupsV2", ListGroupsAsync);
        app.MapOperation("GET", "/v2/avatar_group/{group_id}/avatars", "listAvatarGroupLooksV2", ListGroupLooksAsync);
    }

    private Task ListAvatarsAsync(HttpContext http)
    {
        var list = emulator.Store.Transact(_ => new V2AvatarList
        {
            Avatars = AvatarCatalog.Looks.Select(l => new V2Avatar
            {
                AvatarId = l.Id,
                AvatarName = l.Name,
                Gender = new V2AvatarGender(l.Gender),
                PreviewImageUrl = _views.LookImage(l.Id),
                PreviewVideoUrl = _views.LookVideo(l.Id),
            }).ToList(),
            TalkingPhotos = emulator.Store.PhotoAvatars.Groups.SelectMany(g => g.Looks).Select(l => new V2TalkingPhoto
            {
                TalkingPhotoId = l.Id,
                TalkingPhotoName = l.Name,
                PreviewImageUrl = _views.ImageForKey(l.ImageKey, emulator.Store.Assets),
            }).ToList(),
        });
        return JsonResponses.V1(http, list, V2AvatarListJsonConverter.WriteValue);
    }

    private Task ListGroupsAsync(HttpContext http)
    {
        var list = emulator.Store.Transact(now =>
        {
            var groups = AvatarCatalog.Groups.Select(g => new V2AvatarGroup
            {
                Id = g.Id,
                Name = g.Name,
                CreatedAt = g.CreatedAt.ToUnixTimeSeconds(),
                NumLooks = g.Looks.Count,
                PreviewImageUrl = _views.LookImage(g.Looks[0].Id),
                GroupType = "PUBLIC",
                TrainStatus = V2TrainStatus.Ready,
            }).Concat(emulator.Store.PhotoAvatars.Groups.Select(g => new V2AvatarGroup
            {
                Id = g.Id,
                Name = g.Name,
                CreatedAt = g.CreatedAt.ToUnixTimeSeconds(),
                NumLooks = g.Looks.Count,
                PreviewImageUrl = g.Looks.Count > 0 ? _views.ImageForKey(g.Looks[0].ImageKey, emulator.Store.Assets) : null,
                GroupType = "PHOTO",
                TrainStatus = g.TrainStatusAt(now),
            })).ToList();
            return new V2AvatarGroupList { TotalCount = groups.Count, AvatarGroupList = groups };
        });
        return JsonResponses.V1(http, list, V2AvatarGroupListJsonConverter.WriteValue);
    }

    private Task ListGroupLooksAsync(HttpContext http)
    {
        var id = (string)http.Request.RouteValues["group_id"]!;
        var looks = emulator.Store.Transact(_ =>
            AvatarCatalog.FindGroup(id) is { } catalog ? catalog.Looks.Select(l => _views.V2Look(l, catalog)).ToList()
            : emulator.Store.PhotoAvatars.FindGroup(id) is { } photo ? photo.Looks.Select(l => _views.V2Look(l, emulator.Store.Assets)).ToList()
            : throw ApiException.NotFound("Avatar group", "group_id"));
        return JsonResponses.V1(http, new V2AvatarGroupLookList { AvatarList = looks }, V2AvatarGroupLookListJsonConverter.WriteValue);
    }
}
