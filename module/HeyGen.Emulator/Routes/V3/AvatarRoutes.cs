using HeyGen.Emulator.Avatars;
using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.State.Catalog;

namespace HeyGen.Emulator.Routes.V3;

/// <summary>GET /v3/avatars, /v3/avatars/{group_id}, /v3/avatars/looks, /v3/avatars/looks/{look_id}.</summary>
internal sealed class AvatarRoutes(EmulatorContext emulator)
{
    private readonly AvatarViews _views = new(emulator.Urls);

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapOperation("GET", "/v3/avatars", "listAvatarGroups", ListGroupsAsync);
        app.MapOperation("GET", "/v3/avatars/looks", "listAvatarLooks", ListLooksAsync);
        app.MapOperation("GET", "/v3/avatars/looks/{look_id}", "getAvatarLook", GetLookAsync);
        app.MapOperation("GET", "/v3/avatars/{group_id}", "getAvatarGroup", GetGroupAsync);
    }

    private Task ListGroupsAsync(HttpContext http)
    {
        var ownership = QueryParameters.OneOf(http, "ownership", "public", "private");
        var limit = QueryParameters.Limit(http, defaultValue: 20, max: 50);
        var token = QueryParameters.String(http, "token");
        var response = emulator.Store.Transact(now =>
        {
            var groups = new List<AvatarGroup>();
            if (ownership is null or "public")
            {
                groups.AddRange(AvatarCatalog.Groups.Select(_views.Group));
            }

            if (ownership is null or "private")
            {
                groups.AddRange(emulator.Store.PhotoAvatars.Groups.Select(g => _views.Group(g, now, emulator.Store.Assets)));
            }

            var page = Paging.TakeByIndex(groups, limit, token, "avatar-groups|" + ownership);
            return new ListAvatarGroupsResponse { Data = page.Items, HasMore = page.HasMore, NextToken = page.NextToken };
        });
        return JsonResponses.V3Body(http, response, ListAvatarGroupsResponseJsonConverter.WriteValue);
    }

    private Task GetGroupAsync(HttpContext http)
    {
        var id = (string)http.Request.RouteValues["group_id"]!;
        var group = emulator.Store.Transact(now =>
            AvatarCatalog.FindGroup(id) is { } catalog ? _views.Group(catalog)
            : emulator.Store.PhotoAvatars.FindGroup(id) is { } photo ? _views.Group(photo, now, emulator.Store.Assets)
            : throw ApiException.NotFound("Avatar group", "group_id"));
        return JsonResponses.V3(http, group, AvatarGroupJsonConverter.WriteValue);
    }

    private Task ListLooksAsync(HttpContext http)
    {
        var groupId = QueryParameters.String(http, "group_id");
        var type = QueryParameters.OneOf(http, "avatar_type", "studio_avatar", "digital_twin", "photo_avatar");
        var ownership = QueryParameters.OneOf(http, "ownership", "public", "private");
        var limit = QueryParameters.Limit(http, defaultValue: 20, max: 50);
        var token = QueryParameters.String(http, "token");
        var response = emulator.Store.Transact(_ =>
        {
            var looks = new List<AvatarLook>();
            if (ownership is null or "public" && type is null or "studio_avatar")
            {
                looks.AddRange(AvatarCatalog.Looks.Where(l => groupId is null || l.GroupId == groupId).Select(_views.Look));
            }

            if (ownership is null or "private" && type is null or "photo_avatar")
            {
                looks.AddRange(emulator.Store.PhotoAvatars.Groups
                    .Where(g => groupId is null || g.Id == groupId)
                    .SelectMany(g => g.Looks)
                    .Select(l => _views.Look(l, emulator.Store.Assets)));
            }

            var page = Paging.TakeByIndex(looks, limit, token, "avatar-looks|" + groupId + "|" + type + "|" + ownership);
            return new ListAvatarLooksResponse { Data = page.Items, HasMore = page.HasMore, NextToken = page.NextToken };
        });
        return JsonResponses.V3Body(http, response, ListAvatarLooksResponseJsonConverter.WriteValue);
    }

    private Task GetLookAsync(HttpContext http)
    {
        var id = (string)http.Request.RouteValues["look_id"]!;
        var look = emulator.Store.Transact(_ =>
            AvatarCatalog.FindLook(id) is { } catalog ? _views.Look(catalog)
            : emulator.Store.PhotoAvatars.FindLook(id) is { } photo ? _views.Look(photo, emulator.Store.Assets)
            : throw ApiException.NotFound("Avatar look", "look_id"));
        return JsonResponses.V3(http, look, AvatarLookJsonConverter.WriteValue);
    }
}
