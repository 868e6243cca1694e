namespace HeyGen.Automation;

/// <summary>The content types HeyGen accepts for uploads, by file extension.</summary>
public static class MediaTypeMap
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".webp"] = "image/webp",
        [".gif"] = "image/gif",
        [".mp4"] = "video/mp4",
        [".mov"] = "video/quicktime",
        [".webm"] = "video/webm",
        [".mp3"] = "audio/mpeg",
        [".wav"] = "audio/wav",
        [".m4a"] = "audio/mp4",
        [".ogg"] = "audio/ogg",
    };

    /// <exception cref="ArgumentException">HeyGen does not take files of this kind.</exception>
    public static string ForPath(string path)
    {
        var extension = Path.GetExtension(path ?? throw new ArgumentNullException(nameof(path)));
        return Types.TryGetValue(extension, out var type)
            ? type
            : throw new ArgumentException("HeyGen does not accept '" + extension + "' files; upload images (jpg, png, webp, gif), video (mp4, mov, webm) or audio (mp3, wav, m4a, ogg).", "Path");
    }
}
