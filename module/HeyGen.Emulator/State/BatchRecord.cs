namespace HeyGen.Emulator.State;

/// <summary>One submitted payload of a batch: valid (a draft waiting for a job slot, then a video) or rejected at submission.</summary>
internal sealed class BatchItem
{
    public required int Index { get; init; }

    /// <summary>The validated payload; null when it was rejected (<see cref="Error"/>).</summary>
    public VideoDraft? Draft { get; init; }

    public Infrastructure.ApiException? Error { get; init; }

    /// <summary>Set once a job slot was free and the video was created.</summary>
    public string? VideoId { get; set; }
}

/// <summary>A video batch: items start as <c>queued</c> and become videos as job slots free up, in submission order.</summary>
internal sealed class BatchRecord
{
    public required string Id { get; init; }

    public required long Sequence { get; init; }

    public string? Title { get; init; }

    public Uri? CallbackUrl { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required IReadOnlyList<BatchItem> Items { get; init; }

    public string? IdempotencyKey { get; init; }

    public required string BodyHash { get; init; }

    /// <summary>The batch callback (once every item is terminal) was queued.</summary>
    public bool FinishedNotified { get; set; }
}
