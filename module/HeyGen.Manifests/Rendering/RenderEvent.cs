namespace HeyGen.Manifests.Rendering;

/// <summary>What just happened in a render, with the running totals for a progress display.</summary>
public sealed class RenderEvent
{
    public RenderEvent(string sceneId, RenderStage stage, string message, int finished, int total, int inFlight)
    {
        SceneId = sceneId;
        Stage = stage;
        Message = message;
        Finished = finished;
        Total = total;
        InFlight = inFlight;
    }

    public string SceneId { get; }

    public RenderStage Stage { get; }

    public string Message { get; }

    /// <summary>Scenes with work that are done (downloaded or failed).</summary>
    public int Finished { get; }

    /// <summary>Scenes with work in this run.</summary>
    public int Total { get; }

    /// <summary>Renders in flight at HeyGen right now.</summary>
    public int InFlight { get; }

    public override string ToString() => "[" + Finished + "/" + Total + "] " + SceneId + ": " + Message;
}

/// <summary>The steps of a scene's render.</summary>
public enum RenderStage
{
    Uploading,
    Uploaded,
    Recovering,
    Submitted,
    Waiting,
    Rendered,
    Downloading,
    Downloaded,
    Failed,
    Throttled,
}
