namespace HeyGen.Automation;

/// <summary>A downloaded, verified file. <see cref="Path"/> pipes into Send-HeyGenAsset and other path parameters.</summary>
public sealed class HeyGenSavedFile
{
    public string VideoId { get; init; } = string.Empty;

    /// <summary>Video, Thumbnail, Gif, Captions or CaptionedVideo.</summary>
    public VideoAsset Asset { get; init; }

    public string Path { get; init; } = string.Empty;

    public long Length { get; init; }

    /// <summary>Lowercase hex SHA-256 of the file.</summary>
    public string Sha256 { get; init; } = string.Empty;

    public override string ToString() => Path;
}
