using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.Media;
using HeyGen.Emulator.Videos;

namespace HeyGen.Emulator.Routes.Media;

/// <summary>
/// GET /_media/videos/{file}: the presigned files of finished videos (the embedded sample MP4 or WebM, a thumbnail,
/// a GIF, SRT captions). An expired or tampered URL gets S3's 403 XML; a status call issues a fresh one.
/// </summary>
internal sealed class VideoMediaRoutes(EmulatorContext emulator)
{
    public void Map(IEndpointRouteBuilder app) => app.MapMedia("/_media/videos/{file}", ServeAsync);

    private Task ServeAsync(HttpContext http)
    {
        var file = (string)http.Request.RouteValues["file"]!;
        var path = "/_media/videos/" + file;
        var now = emulator.Clock.GetUtcNow();
        if (emulator.Urls.Verify(path, http.Request.Query["expires"], http.Request.Query["sig"], now) is { } refused)
        {
            return ErrorWriter.MediaError(http, StatusCodes.Status403Forbidden, refused.Code, refused.Message);
        }

        var content = emulator.Store.Transact(at =>
        {
            if (VideoFiles.Parse(file) is not { } parsed || emulator.Store.Videos.Find(parsed.VideoId) is not { } video
                || video.StatusAt(at) != VideoStatus.Completed)
            {
                return null;
            }

            return new
            {
                video.Id,
                Bytes = parsed.Kind switch
                {
                    VideoFileKind.Video => video.Draft.Webm ? MediaLibrary.SampleWebm : MediaLibrary.SampleMp4,
                    VideoFileKind.Thumbnail => MediaLibrary.Thumbnail,
                    VideoFileKind.Gif => MediaLibrary.PreviewGif,
                    VideoFileKind.Subtitles => SubtitleWriter.Srt(video.Draft.Script, video.Draft.Duration),
                    _ => MediaLibrary.SampleMp4,
                },
            };
        });
        if (content is null)
        {
            return ErrorWriter.MediaError(http, StatusCodes.Status404NotFound, "NoSuchKey", "The specified key does not exist.");
        }

        if (!HttpMethods.IsHead(http.Request.Method))
        {
            emulator.Accounting.RecordDownload(content.Id, content.Bytes.Length);
        }

        return MediaResponses.WriteAsync(http, content.Bytes, MediaResponses.ContentType(file));
    }
}
