namespace HeyGen.Automation;

/// <summary>An uploaded file. <see cref="AssetId"/> goes to New-HeyGenVideo -ImageAssetId, -AudioAssetId or -Background.</summary>
public sealed class HeyGenAsset
{
    public string AssetId { get; init; } = string.Empty;

    public Uri? Url { get; init; }

    public string MimeType { get; init; } = string.Empty;

    public long SizeBytes { get; init; }

    /// <summary>The local file that was uploaded.</summary>
    public string SourcePath { get; init; } = string.Empty;

    public override string ToString() => AssetId;
}
