namespace HeyGen.Automation;

/// <summary>
/// A video as the cmdlets show it. <see cref="VideoId"/> pipes into Wait-, Save-, Get- and Remove-HeyGenVideo.
/// Timestamps are <see cref="DateTimeOffset"/>s instead of the API's Unix seconds.
/// </summary>
public sealed class HeyGenVideo
{
    public string VideoId { get; init; } = string.Empty;

    public string? Title { get; init; }

    /// <summary>pending, processing, completed or failed.</summary>
    public string Status { get; init; } = string.Empty;

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Length in seconds, once rendered.</summary>
    public double? Duration { get; init; }

    /// <summary>mp4 or webm, when known.</summary>
    public string? Format { get; init; }

    public Uri? VideoUrl { get; init; }

    public Uri? ThumbnailUrl { get; init; }

    public Uri? CaptionUrl { get; init; }

    public Uri? VideoPageUrl { get; init; }

    public string? FailureCode { get; init; }

    public string? FailureMessage { get; init; }

    public bool IsFinished => Status is "completed" or "failed";

    public override string ToString() => VideoId;

    internal static HeyGenVideo From(VideoDetail video) => new()
    {
        VideoId = video.Id,
        Title = video.Title,
        Status = video.Status.Value,
        CreatedAt = Time(video.CreatedAt),
        CompletedAt = Time(video.CompletedAt),
        Duration = video.Duration,
        Format = FormatOf(video.VideoUrl),
        VideoUrl = video.VideoUrl,
        ThumbnailUrl = video.ThumbnailUrl,
        CaptionUrl = video.SubtitleUrl,
        VideoPageUrl = video.VideoPageUrl,
        FailureCode = video.FailureCode,
        FailureMessage = video.FailureMessage,
    };

    internal static HeyGenVideo From(VideoItem video) => new()
    {
        VideoId = video.Id,
        Title = video.Title,
        Status = video.Status.Value,
        CreatedAt = Time(video.CreatedAt),
        CompletedAt = Time(video.CompletedAt),
        Duration = video.Duration,
        Format = FormatOf(video.VideoUrl),
        VideoUrl = video.VideoUrl,
        ThumbnailUrl = video.ThumbnailUrl,
        CaptionUrl = video.SubtitleUrl,
        VideoPageUrl = video.VideoPageUrl,
        FailureCode = video.FailureCode,
        FailureMessage = video.FailureMessage,
    };

    internal static HeyGenVideo Created(CreateVideoResponse response, string? title) => new()
    {
        VideoId = response.VideoId,
        Title = title,
        Status = response.Status,
        Format = response.OutputFormat?.Value,
    };

    private static DateTimeOffset? Time(long? seconds) => seconds is long s ? DateTimeOffset.FromUnixTimeSeconds(s) : null;

    private static string? FormatOf(Uri? url) =>
        url is null ? null : Path.GetExtension(url.AbsolutePath).TrimStart('.').ToLowerInvariant() is { Length: > 0 } ext ? ext : null;
}
