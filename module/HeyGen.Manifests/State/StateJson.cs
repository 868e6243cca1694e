using System.Text.Json.Serialization;

namespace HeyGen.Manifests.State;

/// <summary>Reflection-free serialization of the state (the engine also runs inside PowerShell, trimmed or not).</summary>
[JsonSourceGenerationOptions(WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ManifestState))]
[JsonSerializable(typeof(JournalEntry))]
internal sealed partial class StateJson : JsonSerializerContext
{
}

/// <summary>One journal line: a scene or an asset record that replaces the previous one with the same id.</summary>
internal sealed class JournalEntry
{
    public int V { get; set; } = ManifestState.CurrentVersion;

    public SceneState? Scene { get; set; }

    public AssetState? Asset { get; set; }

    public BatchState? Batch { get; set; }
}
