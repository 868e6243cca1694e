namespace HeyGen.Automation;

/// <summary>
/// File names for Save-HeyGenVideo -Directory: <c>{VideoId}{suffix}.{extension}</c>, the extension taken from the
/// download URL when it has one (a webm render stays .webm) and a sensible default otherwise.
/// </summary>
public static class DownloadNaming
{
    // The union of Windows' and Unix's invalid characters, so a name made on Linux also works on Windows.
    private static readonly char[] InvalidNameChars = System.IO.Path.GetInvalidFileNameChars().Concat(new[] { '/', '\\', ':', '*', '?', '"', '<', '>', '|' }).Distinct().ToArray();

    public static string FileName(string videoId, VideoAsset asset, Uri? url)
    {
        if (string.IsNullOrEmpty(videoId))
        {
            throw new ArgumentException("A video id is required.", nameof(videoId));
        }

        var extension = url is null ? null : System.IO.Path.GetExtension(url.AbsolutePath);
        if (string.IsNullOrEmpty(extension) || extension!.Length > 6)
        {
            extension = DefaultExtension(asset);
        }

        var suffix = asset switch
        {
            VideoAsset.Video => string.Empty,
            VideoAsset.CaptionedVideo => ".captioned",
            VideoAsset.Thumbnail => ".thumbnail",
            VideoAsset.Gif => ".preview",
            _ => string.Empty,
        };
        return Safe(videoId) + suffix + extension!.ToLowerInvariant();
    }

    public static string DefaultExtension(VideoAsset asset) => asset switch
    {
        VideoAsset.Thumbnail => ".jpg",
        VideoAsset.Gif => ".gif",
        VideoAsset.Captions => ".srt",
        _ => ".mp4",
    };

    /// <summary>The URL of <paramref name="asset"/> in a video, or null when it has none yet.</summary>
    public static Uri? UrlOf(VideoDetail video, VideoAsset asset) => asset switch
    {
        VideoAsset.Video => video?.VideoUrl,
        VideoAsset.Thumbnail => video?.ThumbnailUrl,
        VideoAsset.Gif => video?.GifUrl,
        VideoAsset.Captions => video?.SubtitleUrl,
        _ => video?.CaptionedVideoUrl,
    };

    private static string Safe(string name)
    {
        return new string(name.Select(c => Array.IndexOf(InvalidNameChars, c) >= 0 ? '_' : c).ToArray());
    }
}
