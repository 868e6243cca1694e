namespace HeyGen;

/// <summary>Which file of a finished video to download.</summary>
public enum VideoAsset
{
    /// <summary>The video (MP4, or WebM with alpha for transparent renders).</summary>
    Video,

    /// <summary>The thumbnail image.</summary>
    Thumbnail,

    /// <summary>The animated GIF preview.</summary>
    Gif,

    /// <summary>The SRT captions.</summary>
    Captions,

    /// <summary>The video with captions burned in.</summary>
    CaptionedVideo,
}
