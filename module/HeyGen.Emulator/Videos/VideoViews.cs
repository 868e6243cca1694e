using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.Media;
using HeyGen.Emulator.State;

namespace HeyGen.Emulator.Videos;

/// <summary>
/// A video as each endpoint shows it, built from the generated models. Download URLs are issued afresh on every
/// call (HeyGen re-issues them per status call), valid for <see cref="EmulatorOptions.DownloadUrlLifetime"/>.
/// </summary>
internal sealed class VideoViews(MediaUrls urls)
{
    public const string FailureCode = "render_failed";

    public const string FailureMessage = "Video rendering failed: the request contains the emulator's " + VideoRules.FailureMarker + " marker.";

    /// <summary>The v1 status call's numeric error code for a failed render (HeyGen's legacy codes are five digits, e.g. 40119).</summary>
    public const int V1FailureCode = 40120;

    public Uri? Url(VideoRecord video, VideoFileKind kind, DateTimeOffset now)
    {
        if (video.StatusAt(now) != VideoStatus.Completed)
        {
            return null;
        }

        if (kind is VideoFileKind.Subtitles or VideoFileKind.CaptionedVideo && !video.Draft.Captions)
        {
            return null;
        }

        return urls.Signed(VideoFiles.FileName(video, kind), now);
    }

    public VideoDetail Detail(VideoRecord video, DateTimeOffset now)
    {
        var status = video.StatusAt(now);
        var failed = status == VideoStatus.Failed;
        return new VideoDetail
        {
            Id = video.Id,
            Title = video.Draft.Title,
            Status = status,
            CreatedAt = video.CreatedAt.ToUnixTimeSeconds(),
            CompletedAt = video.CompletedAtOrNull(now)?.ToUnixTimeSeconds(),
            Duration = status == VideoStatus.Completed ? video.Draft.Duration : null,
            VideoUrl = Url(video, VideoFileKind.Video, now),
            CaptionedVideoUrl = Url(video, VideoFileKind.CaptionedVideo, now),
            ThumbnailUrl = Url(video, VideoFileKind.Thumbnail, now),
            GifUrl = Url(video, VideoFileKind.Gif, now),
            SubtitleUrl = Url(video, VideoFileKind.Subtitles, now),
            VideoPageUrl = new Uri("https://app.heygen.com/videos/" + video.Id),
            FolderId = null,
            OutputLanguage = null,
            FailureCode = failed ? FailureCode : null,
            FailureMessage = failed ? FailureMessage : null,
        };
    }

    public VideoItem Item(VideoRecord video, DateTimeOffset now)
    {
        var detail = Detail(video, now);
        return new VideoItem
        {
            Id = detail.Id,
            Title = detail.Title,
            Status = detail.Status,
            CreatedAt = detail.CreatedAt,
            CompletedAt = detail.CompletedAt,
            Duration = detail.Duration,
            VideoUrl = detail.VideoUrl,
            CaptionedVideoUrl = detail.CaptionedVideoUrl,
            ThumbnailUrl = detail.ThumbnailUrl,
            GifUrl = detail.GifUrl,
            SubtitleUrl = detail.SubtitleUrl,
            VideoPageUrl = detail.VideoPageUrl,
            FolderId = null,
            OutputLanguage = null,
            FailureCode = detail.FailureCode,
            FailureMessage = detail.FailureMessage,
        };
    }

    public V1VideoStatus V1Status(VideoRecord video, DateTimeOffset now)
    {
        var status = video.StatusAt(now);
        return new V1VideoStatus
        {
            VideoId = video.Id,
            Status = new V1VideoStatusStatus(status.Value),
            VideoUrl = Url(video, VideoFileKind.Video, now),
            ThumbnailUrl = Url(video, VideoFileKind.Thumbnail, now),
            GifUrl = Url(video, VideoFileKind.Gif, now),
            CaptionUrl = Url(video, VideoFileKind.Subtitles, now),
            Duration = status == VideoStatus.Completed ? video.Draft.Duration : null,
            Error = status == VideoStatus.Failed
                ? new V1VideoError { Code = V1FailureCode, Message = "Video rendering failed", Detail = FailureMessage }
                : null,
        };
    }

    /// <summary>Bulk-status status of a video: its lifecycle status, or <c>not_found</c> once deleted.</summary>
    public static VideoStatusItemStatus StatusItemStatus(VideoRecord? video, DateTimeOffset now) =>
        video is null || video.Deleted ? VideoStatusItemStatus.NotFound : new VideoStatusItemStatus(video.StatusAt(now).Value);

    /// <summary>The opaque error object of a failed bulk-status or batch entry.</summary>
    public static IReadOnlyDictionary<string, JsonElement> ErrorObject(string code, string message, string? param = null)
    {
        var error = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["code"] = JsonValues.String(code),
            ["message"] = JsonValues.String(message),
        };
        if (param is not null)
        {
            error["param"] = JsonValues.String(param);
        }

        return error;
    }
}
