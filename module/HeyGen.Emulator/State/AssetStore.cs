namespace HeyGen.Emulator.State;

/// <summary>An uploaded file. Ids derive from the content, so uploading the same bytes twice yields the same asset.</summary>
internal sealed record AssetRecord(string Id, string Name, string MimeType, string FileType, string Extension, byte[] Content, DateTimeOffset UploadedAt)
{
    /// <summary>Images double as photo avatar sources under this key (HeyGen's <c>image/{id}/original</c>).</summary>
    public string? ImageKey => FileType == "image" ? "image/" + Id + "/original" : null;

    public string FileName => Id + "." + Extension;
}

internal sealed class AssetStore
{
    private readonly Dictionary<string, AssetRecord> _assets = new(StringComparer.Ordinal);

    public AssetRecord Add(byte[] content, string mimeType, string? name, DateTimeOffset at)
    {
        var id = Infrastructure.Ids.Stable(content);
        if (_assets.TryGetValue(id, out var existing))
        {
            return existing;
        }

        var (fileType, extension) = Classify(mimeType);
        var asset = new AssetRecord(id, string.IsNullOrWhiteSpace(name) ? id + "." + extension : name, mimeType, fileType, extension, content, at);
        _assets.Add(id, asset);
        return asset;
    }

    public AssetRecord? Find(string id) => _assets.GetValueOrDefault(id);

    /// <summary>Resolves <c>image/{id}/original</c> to its asset.</summary>
    public AssetRecord? FindByImageKey(string key)
    {
        var parts = key.Split('/');
        return parts.Length == 3 && parts[0] == "image" && parts[2] == "original" && Find(parts[1]) is { FileType: "image" } asset ? asset : null;
    }

    public void Clear() => _assets.Clear();

    /// <summary>HeyGen's file type and a file extension for a MIME type.</summary>
    public static (string FileType, string Extension) Classify(string mimeType) => mimeType switch
    {
        "image/png" => ("image", "png"),
        "image/jpeg" => ("image", "jpg"),
        "video/mp4" => ("video", "mp4"),
        "video/webm" => ("video", "webm"),
        "audio/mpeg" => ("audio", "mp3"),
        "audio/wav" or "audio/x-wav" or "audio/wave" => ("audio", "wav"),
        "application/pdf" => ("document", "pdf"),
        "application/x-subrip" or "text/srt" => ("subtitle", "srt"),
        _ => ("file", "bin"),
    };
}
