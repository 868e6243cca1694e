using HeyGen.Manifests.Model;
using HeyGen.Manifests.State;

namespace HeyGen.Manifests.Planning;

/// <summary>One scene's planned action and why.</summary>
public sealed class ScenePlan
{
    public ScenePlan(string id, PlanAction action, string reason, ResolvedScene? scene, RenderKey? key, SceneState? previous, string? outputPath)
    {
        Id = id;
        Action = action;
        Reason = reason;
        Scene = scene;
        Key = key;
        Previous = previous;
        OutputPath = outputPath;
    }

    public string Id { get; }

    public PlanAction Action { get; }

    /// <summary>Why, in words ("new scene", "changed: script, voice_id", "output file missing", ...).</summary>
    public string Reason { get; }

    /// <summary>Null for orphans.</summary>
    public ResolvedScene? Scene { get; }

    public RenderKey? Key { get; }

    public SceneState? Previous { get; }

    /// <summary>The full path of the output file (null for orphans without one).</summary>
    public string? OutputPath { get; }

    public override string ToString() => Action.ToString().ToLowerInvariant() + " " + Id + ": " + Reason;
}
