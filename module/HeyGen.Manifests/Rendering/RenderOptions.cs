using HeyGen.Manifests.Events;

namespace HeyGen.Manifests.Rendering;

/// <summary>How a render runs. Defaults suit HeyGen; tests and benchmarks shorten the intervals.</summary>
public sealed class RenderOptions
{
    /// <summary>Most renders in flight at once; null uses the manifest's <c>concurrency</c> (default 3).</summary>
    public int? Concurrency { get; set; }

    /// <summary>The first wait between status polls; it grows while nothing changes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between status polls (with <see cref="VideoEvents"/>, the safety-net poll's interval).</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Completion events (webhooks, see <see cref="WebhookVideoEventFeed"/>), or null to rely on polling alone. With a
    /// source, the renderer reacts to a success or failure event at once (after confirming the video's status with
    /// HeyGen, so a stale or forged event changes nothing) and the bulk status poll becomes a safety net for lost
    /// events: it runs every <see cref="MaxPollInterval"/> (the first one after <see cref="PollInterval"/> when the run
    /// resumes renders of an earlier run, whose events may have gone unheard). When the source ends, polling
    /// returns to its normal pace. Events for other videos are ignored.
    /// </summary>
    public IVideoEventSource? VideoEvents { get; set; }

    /// <summary>Downloads running at once.</summary>
    public int DownloadConcurrency { get; set; } = 4;

    /// <summary>Uploads running at once.</summary>
    public int UploadConcurrency { get; set; } = 2;

    /// <summary>Receives a line per step (uploads, submissions, status changes, downloads, failures).</summary>
    public IProgress<RenderEvent>? Progress { get; set; }

    /// <summary>Download retries and verification.</summary>
    public DownloadOptions Download { get; set; } = new() { Overwrite = true };
}
