using HeyGen.Manifests.Planning;

namespace HeyGen.Manifests.Rendering;

/// <summary>How one scene ended in a run.</summary>
public enum SceneResult
{
    /// <summary>Rendered and downloaded in this run.</summary>
    Rendered,

    /// <summary>Downloaded again from an existing render (no new render paid).</summary>
    Downloaded,

    /// <summary>Already up to date.</summary>
    Skipped,

    /// <summary>Failed; the next run retries it.</summary>
    Failed,

    /// <summary>No longer in the manifest; left alone.</summary>
    Orphan,

    /// <summary>The run was cancelled before the scene finished; the next run resumes it.</summary>
    Cancelled,
}

/// <summary>One scene's outcome.</summary>
public sealed class SceneOutcome
{
    public SceneOutcome(string id, PlanAction action, SceneResult result, string? videoId, string? output, string? error)
    {
        Id = id;
        Action = action;
        Result = result;
        VideoId = videoId;
        Output = output;
        Error = error;
    }

    public string Id { get; }

    public PlanAction Action { get; }

    public SceneResult Result { get; }

    public string? VideoId { get; }

    /// <summary>The output file's full path.</summary>
    public string? Output { get; }

    public string? Error { get; }

    public override string ToString() => Id + ": " + Result.ToString().ToLowerInvariant() + (Error is null ? string.Empty : " (" + Error + ")");
}
