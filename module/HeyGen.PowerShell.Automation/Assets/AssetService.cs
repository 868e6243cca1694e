namespace HeyGen.Automation;

/// <summary>Uploads local files as HeyGen assets (v3 multipart upload, capped at 32 MB by HeyGen).</summary>
public sealed class AssetService
{
    public const long MaxUploadBytes = 32L * 1024 * 1024;

    private readonly HeyGenClient _client;

    public AssetService(HeyGenClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ArgumentException">The file is too large or of a kind HeyGen does not take.</exception>
    public async Task<HeyGenAsset> UploadAsync(string path, CancellationToken cancellationToken)
    {
        var file = new FileInfo(path ?? throw new ArgumentNullException(nameof(path)));
        if (!file.Exists)
        {
            throw new FileNotFoundException("'" + file.FullName + "' does not exist.", file.FullName);
        }

        if (file.Length > MaxUploadBytes)
        {
            throw new ArgumentException("'" + file.FullName + "' has " + file.Length + " bytes; HeyGen uploads are limited to 32 MB.", "Path");
        }

        var contentType = MediaTypeMap.ForPath(file.FullName);
        using var stream = file.OpenRead();
        var uploaded = await _client.Assets.UploadAssetAsync(new HeyGenFileContent(stream, file.Name, contentType), cancellationToken).ConfigureAwait(false);
        return new HeyGenAsset { AssetId = uploaded.AssetId, Url = uploaded.Url, MimeType = uploaded.MimeType, SizeBytes = uploaded.SizeBytes, SourcePath = file.FullName };
    }
}
