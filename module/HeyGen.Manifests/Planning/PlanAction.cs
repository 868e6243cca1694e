namespace HeyGen.Manifests.Planning;

/// <summary>What a run will do for a scene.</summary>
public enum PlanAction
{
    /// <summary>Send a new render (new scene, or its request changed).</summary>
    Create,

    /// <summary>A render was sent before and is not finished: keep waiting (or recover an unconfirmed create).</summary>
    Resume,

    /// <summary>The render is finished but its file is missing or changed: download it again (no new render).</summary>
    Download,

    /// <summary>Up to date: nothing to do.</summary>
    Skip,

    /// <summary>The render failed last time: send it again.</summary>
    Retry,

    /// <summary>In the state but no longer in the manifest: left alone (its file and video are kept).</summary>
    Orphan,
}
