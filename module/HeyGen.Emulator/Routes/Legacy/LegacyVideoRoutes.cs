using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.Videos;

namespace HeyGen.Emulator.Routes.Legacy;

/// <summary>POST /v2/video/generate, POST /v1/video.webm, GET /v1/video_status.get (same video store as v3).</summary>
internal sealed class LegacyVideoRoutes(EmulatorContext emulator)
{
    private readonly VideoViews _views = new(emulator.Urls);

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapOperation("POST", "/v2/video/generate", "generateVideoV2", GenerateAsync);
        app.MapOperation("POST", "/v1/video.webm", "generateWebmVideoV1", GenerateWebmAsync);
        app.MapOperation("GET", "/v1/video_status.get", "getVideoStatusV1", StatusAsync);
    }

    private async Task GenerateAsync(HttpContext http)
    {
        var (request, raw) = await RequestBody.ReadJsonAsync(http, V2GenerateVideoRequestJsonConverter.ReadValue);
        var hash = CanonicalJson.Hash(raw);
        var video = emulator.Store.Transact(now => emulator.Store.StartVideo(LegacyVideoValidator.V2(request, emulator.Store, hash), now));
        await JsonResponses.V1(http, new V1VideoId { VideoId = video.Id }, V1VideoIdJsonConverter.WriteValue);
    }

    private async Task GenerateWebmAsync(HttpContext http)
    {
        var (request, raw) = await RequestBody.ReadJsonAsync(http, V1GenerateWebmVideoRequestJsonConverter.ReadValue);
        var hash = CanonicalJson.Hash(raw);
        var video = emulator.Store.Transact(now => emulator.Store.StartVideo(LegacyVideoValidator.Webm(request, emulator.Store, hash), now));
        await JsonResponses.V1(http, new V1VideoId { VideoId = video.Id }, V1VideoIdJsonConverter.WriteValue);
    }

    private Task StatusAsync(HttpContext http)
    {
        var id = QueryParameters.Required(http, "video_id");
        var status = emulator.Store.Transact(now =>
            emulator.Store.Videos.Find(id) is { } video ? _views.V1Status(video, now) : throw ApiException.NotFound("Video", "video_id"));
        return JsonResponses.V1(http, status, V1VideoStatusJsonConverter.WriteValue);
    }
}
