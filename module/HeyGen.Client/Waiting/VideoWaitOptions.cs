namespace HeyGen;

/// <summary>How <see cref="VideosClient.WaitForVideoAsync"/> and <see cref="VideosClient.WaitForVideosAsync"/> poll.</summary>
public sealed class VideoWaitOptions
{
    /// <summary>The first polling interval (HeyGen renders take tens of seconds at least).</summary>
    public TimeSpan InitialInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest polling interval.</summary>
    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How much the interval grows after each poll that found the video unfinished.</summary>
    public double BackoffFactor { get; set; } = 1.5;

    /// <summary>Relative random spread of each interval (0.2 = ±20%).</summary>
    public double Jitter { get; set; } = 0.2;

    /// <summary>Give up after this long (then a <see cref="TimeoutException"/> is thrown). Null waits until cancelled.</summary>
    public TimeSpan? Timeout { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>When true (the default), a failed video throws <see cref="HeyGenVideoFailedException"/>; otherwise it is returned.</summary>
    public bool ThrowOnFailure { get; set; } = true;
}
