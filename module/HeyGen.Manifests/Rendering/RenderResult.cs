using HeyGen.Manifests.Planning;

namespace HeyGen.Manifests.Rendering;

/// <summary>A run's outcome: per scene, plus what HeyGen was asked to do.</summary>
public sealed class RenderResult
{
    public RenderResult(ManifestPlan plan, IReadOnlyList<SceneOutcome> scenes, int creates, int uploads, TimeSpan elapsed)
    {
        Plan = plan;
        Scenes = scenes;
        Creates = creates;
        Uploads = uploads;
        Elapsed = elapsed;
    }

    public ManifestPlan Plan { get; }

    public IReadOnlyList<SceneOutcome> Scenes { get; }

    /// <summary>Videos created (paid) in this run.</summary>
    public int Creates { get; }

    /// <summary>Files uploaded in this run.</summary>
    public int Uploads { get; }

    public TimeSpan Elapsed { get; }

    public int Count(SceneResult result) => Scenes.Count(s => s.Result == result);

    /// <summary>True when no scene failed or was cancelled.</summary>
    public bool Succeeded => Scenes.All(s => s.Result is not (SceneResult.Failed or SceneResult.Cancelled));
}
