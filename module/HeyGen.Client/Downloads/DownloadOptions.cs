namespace HeyGen;

/// <summary>How downloads are retried and checked.</summary>
public sealed class DownloadOptions
{
    /// <summary>Replace an existing file. When false, an existing file is an error and is left untouched.</summary>
    public bool Overwrite { get; set; }

    /// <summary>Attempts for transient failures (dropped or truncated transfers, 5xx, 429).</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>How often an expired URL is replaced by a fresh one from a status call.</summary>
    public int MaxUrlRefreshes { get; set; } = 2;

    /// <summary>The first wait between attempts; it doubles each time.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Check the bytes look like the expected media (MP4/WebM/JPEG/PNG/GIF signature), not an error page.</summary>
    public bool VerifyContent { get; set; } = true;
}
