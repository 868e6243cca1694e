using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.State;
using HeyGen.Emulator.Videos;

namespace HeyGen.Emulator.Routes.V3;

/// <summary>POST/GET /v3/videos, GET/DELETE /v3/videos/{video_id}.</summary>
internal sealed class VideoRoutes(EmulatorContext emulator)
{
    private readonly VideoViews _views = new(emulator.Urls);

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapOperation("POST", "/v3/videos", "createVideo", CreateAsync);
        app.MapOperation("GET", "/v3/videos", "listVideos", ListAsync);
        app.MapOperation("GET", "/v3/videos/{video_id}", "getVideo", GetAsync);
        app.MapOperation("DELETE", "/v3/videos/{video_id}", "deleteVideo", DeleteAsync);
    }

    private async Task CreateAsync(HttpContext http)
    {
        var (request, raw) = await RequestBody.ReadJsonAsync(http, CreateVideoRequestJsonConverter.ReadValue);
        var hash = CanonicalJson.Hash(raw);
        var video = emulator.Store.Transact(now =>
            emulator.Store.StartVideo(VideoRequestValidator.Validate(request, emulator.Store, VideoSource.V3, hash), now));
        var response = new CreateVideoResponse
        {
            VideoId = video.Id,
            Status = "waiting",
            OutputFormat = video.Draft.Webm ? OutputFormat.Webm : OutputFormat.Mp4,
        };
        await JsonResponses.V3(http, response, CreateVideoResponseJsonConverter.WriteValue);
    }

    private Task ListAsync(HttpContext http)
    {
        var limit = QueryParameters.Limit(http, defaultValue: 10, max: 100);
        var token = QueryParameters.String(http, "token");
        var folderId = QueryParameters.String(http, "folder_id");
        var title = QueryParameters.String(http, "title");
        var response = emulator.Store.Transact(now =>
        {
            // Newest first, as HeyGen lists; videos live at the space root, so any folder filter matches nothing.
            var videos = emulator.Store.Videos.All
                .Where(v => !v.Deleted && folderId is null)
                .Where(v => title is null || (v.Draft.Title?.Contains(title, StringComparison.OrdinalIgnoreCase) ?? false))
                .Reverse()
                .ToList();
            var page = Paging.Take(videos, v => -v.Sequence, limit, token, "videos|" + folderId + "|" + title);
            return new ListVideosResponse
            {
                Data = page.Items.Select(v => _views.Item(v, now)).ToList(),
                HasMore = page.HasMore,
                NextToken = page.NextToken,
            };
        });
        return JsonResponses.V3Body(http, response, ListVideosResponseJsonConverter.WriteValue);
    }

    private Task GetAsync(HttpContext http)
    {
        var id = (string)http.Request.RouteValues["video_id"]!;
        var detail = emulator.Store.Transact(now => _views.Detail(Find(id), now));
        return JsonResponses.V3(http, detail, VideoDetailJsonConverter.WriteValue);
    }

    private Task DeleteAsync(HttpContext http)
    {
        var id = (string)http.Request.RouteValues["video_id"]!;
        emulator.Store.Transact(now => emulator.Store.DeleteVideo(Find(id), now));
        return JsonResponses.V3(http, new DeleteVideoResponse { Id = id, Deleted = true }, DeleteVideoResponseJsonConverter.WriteValue);
    }

    private VideoRecord Find(string id) => emulator.Store.Videos.Find(id) ?? throw ApiException.NotFound("Video", "video_id");
}
