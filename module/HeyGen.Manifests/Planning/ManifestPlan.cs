using HeyGen.Manifests.Model;

namespace HeyGen.Manifests.Planning;

/// <summary>The plan for a whole manifest: one entry per scene, then the orphans.</summary>
public sealed class ManifestPlan
{
    public ManifestPlan(ManifestDocument document, IReadOnlyList<ScenePlan> scenes)
    {
        Document = document;
        Scenes = scenes;
    }

    public ManifestDocument Document { get; }

    public IReadOnlyList<ScenePlan> Scenes { get; }

    public int Count(PlanAction action) => Scenes.Count(s => s.Action == action);

    /// <summary>True when the run has anything to send or download.</summary>
    public bool HasWork => Scenes.Any(s => s.Action is PlanAction.Create or PlanAction.Retry or PlanAction.Resume or PlanAction.Download);

    /// <summary>"3 create, 1 download, 26 skip".</summary>
    public string Summary()
    {
        var parts = new[] { PlanAction.Create, PlanAction.Retry, PlanAction.Resume, PlanAction.Download, PlanAction.Skip, PlanAction.Orphan }
            .Select(a => (Action: a, Count: Count(a)))
            .Where(x => x.Count > 0)
            .Select(x => x.Count + " " + x.Action.ToString().ToLowerInvariant());
        return string.Join(", ", parts);
    }
}
