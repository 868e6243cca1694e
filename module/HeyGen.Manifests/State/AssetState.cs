namespace HeyGen.Manifests.State;

/// <summary>A local file uploaded to HeyGen, keyed by its content hash (so it is uploaded once, whatever it is called).</summary>
public sealed class AssetState
{
    public string Sha256 { get; set; } = string.Empty;

    public string AssetId { get; set; } = string.Empty;

    public string? Url { get; set; }

    /// <summary>The file as written in the manifest when it was uploaded (for humans).</summary>
    public string? File { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
