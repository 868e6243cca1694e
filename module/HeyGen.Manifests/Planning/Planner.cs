using HeyGen.Manifests.Model;
using HeyGen.Manifests.State;

namespace HeyGen.Manifests.Planning;

/// <summary>Compares the manifest's scenes with the state: what to create, resume, download, skip, retry, and what is orphaned.</summary>
public static class Planner
{
    public static ManifestPlan Plan(ManifestDocument document, IReadOnlyList<ResolvedScene> scenes, ManifestState state, ContentHasher hasher, bool verifyOutputs = true)
    {
        var plans = new List<ScenePlan>(scenes.Count);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scene in scenes)
        {
            present.Add(scene.Id);
            var key = RenderKey.Compute(scene, hasher);
            var output = Path.Combine(document.OutputDirectory, scene.FileName);
            state.Scenes.TryGetValue(scene.Id, out var previous);
            var (action, reason) = Decide(scene, key, previous, output, verifyOutputs);
            plans.Add(new ScenePlan(scene.Id, action, reason, scene, key, previous, output));
        }

        foreach (var orphan in state.Scenes.Values.Where(s => !present.Contains(s.Id)).OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var where = orphan.Output is null ? string.Empty : "; its file " + orphan.Output + " is kept";
            var video = orphan.VideoId is null ? string.Empty : " (video " + orphan.VideoId + ")";
            plans.Add(new ScenePlan(orphan.Id, PlanAction.Orphan, "no longer in the manifest" + video + where, null, null, orphan, orphan.Output is null ? null : Path.Combine(document.OutputDirectory, orphan.Output)));
        }

        return new ManifestPlan(document, plans);
    }

    private static (PlanAction Action, string Reason) Decide(ResolvedScene scene, RenderKey key, SceneState? previous, string output, bool verifyOutputs)
    {
        if (previous is null)
        {
            return (PlanAction.Create, "new scene");
        }

        if (previous.Key != key.Value)
        {
            var changed = RenderKey.ChangedFields(previous.Request, key.RequestJson);
            var superseded = previous.Status is SceneStatus.Intent or SceneStatus.Submitted && previous.VideoId is not null
                ? " (the unfinished render " + previous.VideoId + " is abandoned)"
                : string.Empty;
            return (PlanAction.Create, (changed.Count == 0 ? "request changed" : "changed: " + string.Join(", ", changed)) + superseded);
        }

        switch (previous.Status)
        {
            case SceneStatus.Intent:
                return (PlanAction.Resume, "a create was started but not confirmed; it is looked up before anything is sent again");
            case SceneStatus.Submitted:
                return (PlanAction.Resume, "rendering" + (previous.VideoId is null ? " (batch " + previous.BatchId + ")" : " (video " + previous.VideoId + ")"));
            case SceneStatus.Completed:
                return (PlanAction.Download, "rendered, not downloaded yet");
            case SceneStatus.Failed:
                return (PlanAction.Retry, "failed last time: " + (previous.Error ?? "no reason given"));
        }

        // Downloaded: is the file still the one we wrote?
        if (!File.Exists(output))
        {
            return (PlanAction.Download, "output file missing (" + scene.FileName + ")");
        }

        if (verifyOutputs)
        {
            var info = new FileInfo(output);
            if (previous.OutputLength is long length && info.Length != length)
            {
                return (PlanAction.Download, "output file changed on disk (size " + info.Length + ", expected " + length + ")");
            }

            // Size matches; only hash when the timestamp moved (hashing every video on every plan is slow).
            if (previous.OutputModifiedUtc is { } modified && info.LastWriteTimeUtc != modified && previous.OutputSha256 is { } sha && ContentHasher.HashFile(output) != sha)
            {
                return (PlanAction.Download, "output file changed on disk (content differs)");
            }
        }

        return (PlanAction.Skip, "up to date");
    }
}
