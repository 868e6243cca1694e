namespace HeyGen.Manifests.State;

/// <summary>Where a scene's render is. Each transition is recorded before the next step starts.</summary>
public enum SceneStatus
{
    /// <summary>A create is about to be sent (recorded first, so a crash mid-call is detected and recovered, never repeated blindly).</summary>
    Intent,

    /// <summary>HeyGen accepted the render (batch or video id known).</summary>
    Submitted,

    /// <summary>The render finished; the file is not downloaded yet.</summary>
    Completed,

    /// <summary>The file is on disk and verified.</summary>
    Downloaded,

    /// <summary>The render failed (the next run retries it).</summary>
    Failed,
}
