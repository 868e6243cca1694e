using HeyGen.Manifests;
using HeyGen.Manifests.Planning;
using HeyGen.Manifests.Rendering;
using HeyGen.Manifests.Validation;

namespace HeyGen.Cli.Output;

/// <summary>The human-readable output of each command.</summary>
internal static class TextReports
{
    public static void Errors(TextWriter writer, IReadOnlyList<ManifestError> errors)
    {
        foreach (var error in errors)
        {
            writer.WriteLine(error.ToString());
        }

        writer.WriteLine(errors.Count == 1 ? "1 error: nothing was sent." : errors.Count + " errors: nothing was sent.");
    }

    public static void Plan(TextWriter writer, ManifestPlan plan)
    {
        writer.WriteLine("Plan for '" + plan.Document.Name + "': " + plan.Summary());
        var width = plan.Scenes.Count == 0 ? 0 : plan.Scenes.Max(s => s.Id.Length);
        foreach (var scene in plan.Scenes)
        {
            writer.WriteLine("  " + ReportMapper.Name(scene.Action).PadRight(8) + " " + scene.Id.PadRight(width) + "  " + scene.Reason);
        }
    }

    public static void Render(TextWriter writer, RenderResult result)
    {
        if (!result.Plan.HasWork)
        {
            writer.WriteLine("Nothing to render: all " + result.Plan.Count(PlanAction.Skip) + " scenes are up to date (0 creates, 0 downloads).");
            return;
        }

        writer.WriteLine("Results:");
        var width = result.Scenes.Count == 0 ? 0 : result.Scenes.Max(s => s.Id.Length);
        foreach (var scene in result.Scenes)
        {
            var detail = scene.Error ?? (scene.Output is null ? string.Empty : Relative(scene.Output));
            writer.WriteLine("  " + ReportMapper.Name(scene.Result).PadRight(10) + " " + scene.Id.PadRight(width) + "  " + detail);
        }

        var failed = result.Count(SceneResult.Failed) + result.Count(SceneResult.Cancelled);
        writer.WriteLine(
            (failed == 0 ? "Done: " : "Finished with " + failed + " failed scene(s): ")
            + result.Count(SceneResult.Rendered) + " rendered, " + result.Count(SceneResult.Downloaded) + " downloaded again, "
            + result.Count(SceneResult.Skipped) + " up to date; " + result.Creates + " create(s), " + result.Uploads + " upload(s) in "
            + result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s."
            + (failed == 0 ? string.Empty : " Run again to retry them."));
    }

    public static void Status(TextWriter writer, ManifestStatus status)
    {
        writer.WriteLine("State: " + status.StatePath);
        if (status.LockedBy is not null)
        {
            writer.WriteLine("A run is active: " + status.LockedBy);
        }

        if (status.Scenes.Count == 0)
        {
            writer.WriteLine("No scene has been rendered yet.");
            return;
        }

        var width = status.Scenes.Max(s => s.Id.Length);
        foreach (var scene in status.Scenes)
        {
            writer.WriteLine("  " + ReportMapper.Name(scene.Status).PadRight(11) + " " + scene.Id.PadRight(width) + "  "
                + (scene.Error ?? scene.Output ?? scene.VideoId ?? string.Empty));
        }
    }

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
