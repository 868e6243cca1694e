namespace HeyGen.Automation;

/// <summary>A progress update, shaped like PowerShell's ProgressRecord so the cmdlet layer only copies fields.</summary>
public sealed class OperationProgress
{
    public OperationProgress(int activityId, string activity, string status)
    {
        ActivityId = activityId;
        Activity = activity;
        Status = status;
    }

    /// <summary>Distinguishes concurrent bars of one command (the video wait and a download, say).</summary>
    public int ActivityId { get; }

    public string Activity { get; }

    public string Status { get; }

    /// <summary>0 to 100, or -1 when unknown.</summary>
    public int PercentComplete { get; init; } = -1;

    public string? CurrentOperation { get; init; }

    /// <summary>True for the last record of an activity: PowerShell removes the bar.</summary>
    public bool Completed { get; init; }
}
