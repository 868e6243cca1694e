namespace HeyGen.Emulator.State;

/// <summary>Which endpoint created a video (it decides the status endpoint's shape and the billing rules).</summary>
internal enum VideoSource
{
    V3,
    Batch,
    V2,
    V1Webm,
}

/// <summary>Everything validation learned about a video before it exists.</summary>
internal sealed record VideoDraft(
    VideoSource Source,
    string? Title,
    string? CallbackId,
    Uri? CallbackUrl,
    bool Test,
    bool Captions,
    bool BurnedInCaptions,
    bool Webm,
    double Duration,
    bool WillFail,
    string? Script,
    string RequestHash);

/// <summary>
/// A video. Its status is a function of the clock: <c>pending</c> until <see cref="ProcessingAt"/>,
/// <c>processing</c> until <see cref="CompletesAt"/>, then <c>completed</c> or <c>failed</c>. The terminal
/// side effects (webhooks, billing, freeing the job slot) happen when the store's schedule reaches
/// <see cref="CompletesAt"/> and set <see cref="Terminal"/>.
/// </summary>
internal sealed class VideoRecord
{
    public required string Id { get; init; }

    public required long Sequence { get; init; }

    public required VideoDraft Draft { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ProcessingAt { get; init; }

    public required DateTimeOffset CompletesAt { get; init; }

    public string? BatchId { get; init; }

    public int? ItemIndex { get; init; }

    /// <summary>The terminal transition was processed (or the video was deleted while running).</summary>
    public bool Terminal { get; set; }

    public bool Deleted { get; set; }

    public bool Failed => Draft.WillFail;

    /// <summary>Holds a job slot: not yet terminal and not deleted.</summary>
    public bool Running => !Terminal && !Deleted;

    public VideoStatus StatusAt(DateTimeOffset now) =>
        now < ProcessingAt ? VideoStatus.Pending :
        now < CompletesAt ? VideoStatus.Processing :
        Failed ? VideoStatus.Failed : VideoStatus.Completed;

    public DateTimeOffset? CompletedAtOrNull(DateTimeOffset now) => now >= CompletesAt ? CompletesAt : null;
}
