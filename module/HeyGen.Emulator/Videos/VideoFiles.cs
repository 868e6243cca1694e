using HeyGen.Emulator.State;

namespace HeyGen.Emulator.Videos;

/// <summary>The files of a finished video and their names under <c>/_media/videos/</c>.</summary>
internal enum VideoFileKind
{
    Video,
    Thumbnail,
    Gif,
    Subtitles,
    CaptionedVideo,
}

internal static class VideoFiles
{
    private const string CaptionedSuffix = ".captioned.mp4";

    public static string FileName(VideoRecord video, VideoFileKind kind) => kind switch
    {
        VideoFileKind.Video => video.Id + (video.Draft.Webm ? ".webm" : ".mp4"),
        VideoFileKind.Thumbnail => video.Id + ".jpg",
        VideoFileKind.Gif => video.Id + ".gif",
        VideoFileKind.Subtitles => video.Id + ".srt",
        _ => video.Id + CaptionedSuffix,
    };

    /// <summary>Splits a file name back into video id and kind; null for names the emulator never issues.</summary>
    public static (string VideoId, VideoFileKind Kind)? Parse(string fileName)
    {
        if (fileName.EndsWith(CaptionedSuffix, StringComparison.Ordinal))
        {
            return (fileName[..^CaptionedSuffix.Length], VideoFileKind.CaptionedVideo);
        }

        var dot = fileName.LastIndexOf('.');
        if (dot <= 0)
        {
            return null;
        }

        VideoFileKind? kind = fileName[(dot + 1)..] switch
        {
            "mp4" or "webm" => VideoFileKind.Video,
            "jpg" => VideoFileKind.Thumbnail,
            "gif" => VideoFileKind.Gif,
            "srt" => VideoFileKind.Subtitles,
            _ => null,
        };
        return kind is { } k ? (fileName[..dot], k) : null;
    }
}
