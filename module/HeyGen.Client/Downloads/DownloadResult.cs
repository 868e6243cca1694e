namespace HeyGen;

/// <summary>A completed, verified download.</summary>
public sealed class DownloadResult
{
    public DownloadResult(string path, long length, string? contentType, string sha256, int attempts)
    {
        Path = path;
        Length = length;
        ContentType = contentType;
        Sha256 = sha256;
        Attempts = attempts;
    }

    /// <summary>The final file (written atomically: it either is complete or does not exist).</summary>
    public string Path { get; }

    public long Length { get; }

    public string? ContentType { get; }

    /// <summary>Lowercase hex SHA-256 of the file.</summary>
    public string Sha256 { get; }

    /// <summary>Transfers it took (1 when nothing went wrong).</summary>
    public int Attempts { get; }
}
