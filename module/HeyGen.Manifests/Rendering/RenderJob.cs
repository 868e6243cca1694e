using HeyGen.Manifests.Planning;
using HeyGen.Manifests.State;

namespace HeyGen.Manifests.Rendering;

/// <summary>One scene's work in a run, and its state record (copied before every change, then recorded).</summary>
internal sealed class RenderJob
{
    public RenderJob(ScenePlan plan, SceneState record)
    {
        Plan = plan;
        Record = record;
    }

    public ScenePlan Plan { get; }

    public string Id => Plan.Id;

    /// <summary>The latest record (the store holds the durable copy).</summary>
    public SceneState Record { get; private set; }

    /// <summary>True when this run paid for the render (vs. downloading an existing one).</summary>
    public bool CreatedInThisRun { get; set; }

    public VideoDetail? Detail { get; set; }

    /// <summary>Creates of this scene in this run whose outcome stayed unknown.</summary>
    public int CreateFailures { get; set; }

    public SceneOutcome? Outcome { get; set; }

    /// <summary>Changes a copy of the record and makes it durable before returning.</summary>
    public void Transition(StateStore store, Action<SceneState> change)
    {
        var next = Record.Copy();
        change(next);
        store.Record(next);
        Record = next;
    }
}
