namespace HeyGen.Manifests.Rendering;

/// <summary>How a render runs. Defaults suit HeyGen; tests and benchmarks shorten the intervals.</summary>
public sealed class RenderOptions
{
    /// <summary>Most renders in flight at once; null uses the manifest's <c>concurrency</c> (default 3).</summary>
    public int? Concurrency { get; set; }

    /// <summary>The first wait between status polls; it grows while nothing changes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between status polls.</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Downloads running at once.</summary>
    public int DownloadConcurrency { get; set; } = 4;

    /// <summary>Uploads running at once.</summary>
    public int UploadConcurrency { get; set; } = 2;

    /// <summary>Receives a line per step (uploads, submissions, status changes, downloads, failures).</summary>
    public IProgress<RenderEvent>? Progress { get; set; }

    /// <summary>Download retries and verification.</summary>
    public DownloadOptions Download { get; set; } = new() { Overwrite = true };
}
