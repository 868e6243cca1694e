namespace HeyGen.Manifests.State;

/// <summary>
/// A batch create, recorded before it is sent: the exact body and its idempotency key. After a crash the same body
/// is sent again with the same key, and HeyGen answers with the batch it already has instead of creating videos twice.
/// </summary>
public sealed class BatchState
{
    /// <summary>The Idempotency-Key (derived from the render keys of its scenes).</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The request body exactly as sent (JSON).</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>The scenes in item order.</summary>
    public List<string> SceneIds { get; set; } = new();

    public string? BatchId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
