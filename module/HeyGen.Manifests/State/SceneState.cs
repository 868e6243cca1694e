namespace HeyGen.Manifests.State;

/// <summary>What the state file knows about one scene.</summary>
public sealed class SceneState
{
    public string Id { get; set; } = string.Empty;

    /// <summary>The render key of the request this record belongs to.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The keyed request JSON, to explain later which fields changed.</summary>
    public string? Request { get; set; }

    public SceneStatus Status { get; set; }

    /// <summary>The title sent (it carries the key marker used to find the video again).</summary>
    public string? Title { get; set; }

    public string? VideoId { get; set; }

    public string? BatchId { get; set; }

    public int? BatchIndex { get; set; }

    /// <summary>The idempotency key of the batch this scene was (or is about to be) created in.</summary>
    public string? BatchKey { get; set; }

    public int Attempts { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset? IntentAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset? DownloadedAt { get; set; }

    public double? DurationSeconds { get; set; }

    /// <summary>The output file, relative to the manifest's output folder.</summary>
    public string? Output { get; set; }

    public long? OutputLength { get; set; }

    public string? OutputSha256 { get; set; }

    public DateTime? OutputModifiedUtc { get; set; }

    public SceneState Copy() => (SceneState)MemberwiseClone();
}
