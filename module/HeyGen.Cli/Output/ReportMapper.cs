using HeyGen.Manifests;
using HeyGen.Manifests.Planning;
using HeyGen.Manifests.Rendering;
using HeyGen.Manifests.Validation;

namespace HeyGen.Cli.Output;

/// <summary>Turns engine results into the --json records.</summary>
internal static class ReportMapper
{
    public static JsonError Error(ManifestError e) => new(e.Code, e.File, e.Line, e.Column, e.Field, e.Message, e.Fix);

    public static JsonPlan Plan(string manifest, ManifestPlan plan) =>
        new(manifest, plan.Summary(), plan.HasWork, plan.Scenes.Select(s => new JsonPlannedScene(s.Id, Name(s.Action), s.Reason, s.OutputPath)).ToList());

    public static JsonRender Render(string manifest, string target, RenderResult result) =>
        new(
            manifest,
            target,
            result.Succeeded,
            result.Creates,
            result.Uploads,
            Math.Round(result.Elapsed.TotalSeconds, 3),
            Plan(manifest, result.Plan),
            result.Scenes.Select(s => new JsonSceneOutcome(s.Id, Name(s.Action), Name(s.Result), s.VideoId, s.Output, s.Error)).ToList());

    public static JsonStatus Status(string manifest, ManifestStatus status) =>
        new(
            manifest,
            status.StatePath,
            status.LockedBy?.ToString(),
            status.Assets,
            status.Scenes.Select(s => new JsonSceneState(s.Id, Name(s.Status), s.VideoId, s.Output, s.Attempts, s.Error, s.CompletedAt, s.DownloadedAt)).ToList());

    public static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
