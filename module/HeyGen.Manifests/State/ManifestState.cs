namespace HeyGen.Manifests.State;

/// <summary>The state file's content: per-scene render records and uploaded assets.</summary>
public sealed class ManifestState
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    /// <summary>The manifest this state belongs to (its name).</summary>
    public string? Manifest { get; set; }

    /// <summary>The server the videos live on (a real account and the emulator never share a state file).</summary>
    public string? Target { get; set; }

    public Dictionary<string, SceneState> Scenes { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, AssetState> Assets { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Batch creates by idempotency key (see <see cref="BatchState"/>).</summary>
    public Dictionary<string, BatchState> Batches { get; set; } = new(StringComparer.Ordinal);
}
