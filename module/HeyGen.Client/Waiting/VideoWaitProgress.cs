namespace HeyGen;

/// <summary>Reported after every poll of a wait.</summary>
public sealed class VideoWaitProgress
{
    public VideoWaitProgress(int total, int completed, int failed, TimeSpan elapsed, IReadOnlyDictionary<string, string> statuses)
    {
        Total = total;
        Completed = completed;
        Failed = failed;
        Elapsed = elapsed;
        Statuses = statuses;
    }

    /// <summary>Videos being waited for.</summary>
    public int Total { get; }

    /// <summary>Videos that finished successfully so far.</summary>
    public int Completed { get; }

    /// <summary>Videos that failed (or are unknown to the server) so far.</summary>
    public int Failed { get; }

    /// <summary>Time since the wait started, on the client's clock.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The last status seen per video id.</summary>
    public IReadOnlyDictionary<string, string> Statuses { get; }

    /// <summary>Finished share, 0 to 100.</summary>
    public int PercentComplete => Total == 0 ? 100 : (int)(100.0 * (Completed + Failed) / Total);
}
