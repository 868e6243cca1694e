namespace HeyGen;

/// <summary>Reported when a photo avatar step starts and after every poll of a wait.</summary>
public sealed class PhotoAvatarProgress
{
    /// <summary>Creates a report.</summary>
    public PhotoAvatarProgress(PhotoAvatarStage stage, string id, string status, TimeSpan elapsed)
    {
        Stage = stage;
        Id = id;
        Status = status;
        Elapsed = elapsed;
    }

    /// <summary>The step.</summary>
    public PhotoAvatarStage Stage { get; }

    /// <summary>What the step waits on: a generation id or a group id (empty before it exists).</summary>
    public string Id { get; }

    /// <summary>The last status the server reported (for example <c>in_progress</c>, <c>training</c>).</summary>
    public string Status { get; }

    /// <summary>Time spent in this step so far, on the wait's clock.</summary>
    public TimeSpan Elapsed { get; }

    /// <inheritdoc />
    public override string ToString() => Stage + " " + Id + ": " + Status;
}
