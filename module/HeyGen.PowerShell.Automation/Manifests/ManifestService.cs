using HeyGen.Manifests;
using HeyGen.Manifests.Planning;
using HeyGen.Manifests.Rendering;

namespace HeyGen.Automation;

/// <summary>The manifest cmdlets over <see cref="ManifestEngine"/>: the session decides whether state is the emulator's.</summary>
public static class ManifestService
{
    public const string Tool = "HeyGen PowerShell";

    public static ManifestValidation Validate(string path) => ManifestEngine.Validate(FullPath(path));

    public static ManifestPlan Plan(string path, string? statePath, bool emulator) => ManifestEngine.Plan(FullPath(path), statePath, emulator);

    public static ManifestStatus Status(string path, string? statePath, bool emulator) => ManifestEngine.Status(FullPath(path), statePath, emulator);

    /// <summary>Renders with a progress bar and a verbose line per step; returns the engine's result.</summary>
    public static async Task<RenderResult> RenderAsync(string path, HeyGenClient client, string? statePath, bool emulator, int? concurrency, RenderOptions? options, OperationChannel channel, CancellationToken cancellationToken)
    {
        if (channel is null)
        {
            throw new ArgumentNullException(nameof(channel));
        }

        var full = FullPath(path);
        var name = Path.GetFileNameWithoutExtension(full);
        options ??= new RenderOptions();
        options.Concurrency = concurrency ?? options.Concurrency;
        options.Progress = new ProgressAdapter<RenderEvent>(e =>
        {
            channel.Verbose(e.ToString());
            channel.Report(RenderProgressFormatter.ToProgress(e, name));
        });
        var planned = new ProgressAdapter<ManifestPlan>(plan => channel.Verbose("Plan: " + plan.Summary()));
        try
        {
            return await ManifestEngine.RenderAsync(full, client, options, statePath, emulator, Tool, planned, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            channel.Report(new OperationProgress(RenderProgressFormatter.ActivityId, "Rendering manifest " + name, "Done") { Completed = true });
        }
    }

    /// <summary>The error to report for a scene that failed or was cancelled; null for every other outcome.</summary>
    public static ErrorDescriptor? FailureOf(SceneOutcome scene)
    {
        if (scene is null)
        {
            throw new ArgumentNullException(nameof(scene));
        }

        if (scene.Result is not (SceneResult.Failed or SceneResult.Cancelled))
        {
            return null;
        }

        var message = "Scene " + scene.Id + " " + (scene.Result == SceneResult.Failed ? "failed" : "was cancelled") + (scene.Error is null ? "." : ": " + scene.Error);
        return new ErrorDescriptor(new InvalidOperationException(message), scene.Result == SceneResult.Failed ? "HeyGen.SceneFailed" : "HeyGen.SceneCancelled",
            scene.Result == SceneResult.Failed ? HeyGenErrorCategory.InvalidResult : HeyGenErrorCategory.OperationStopped, message,
            "Run Invoke-HeyGenManifest again: it retries failed scenes, resumes unfinished ones and never pays for finished ones twice.", scene);
    }

    private static string FullPath(string path) => Path.GetFullPath(path ?? throw new ArgumentNullException(nameof(path)));
}
