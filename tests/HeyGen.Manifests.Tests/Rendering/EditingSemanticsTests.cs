using HeyGen.Emulator;
using HeyGen.Manifests.Planning;
using HeyGen.Manifests.Rendering;
using HeyGen.Manifests.Tests.Infrastructure;

namespace HeyGen.Manifests.Tests.Rendering;

/// <summary>
/// The editing semantics of DESIGN.md, each proven by the creates and downloads the emulator counted:
/// an edit re-renders exactly the scenes it changes, and nothing else is paid for again.
/// </summary>
public sealed class EditingSemanticsTests : EmulatorRenderTest
{

    [Fact]
    public async Task First_run_renders_every_scene_and_a_rerun_pays_nothing()
    {
        var path = Workspace.Write(SampleManifests.ThreeScenes);

        var first = await RenderAsync(path);
        var downloadsAfterFirst = Emulator.Accounting.Downloads;
        var second = await RenderAsync(path);

        Assert.True(first.Succeeded);
        Assert.Equal(3, first.Count(SceneResult.Rendered));
        Assert.Equal(3, Emulator.Accounting.CreatesTotal);
        Assert.All(new[] { "intro", "tour", "outro" }, id => Assert.True(new FileInfo(Workspace.Output(id + ".mp4")).Length > 1000));
        Assert.False(second.Plan.HasWork);
        Assert.Equal(3, second.Count(SceneResult.Skipped));
        Assert.Equal(3, Emulator.Accounting.CreatesTotal);
        Assert.Equal(downloadsAfterFirst, Emulator.Accounting.Downloads);
    }

    [Fact]
    public async Task Changing_one_script_rerenders_that_scene_only()
    {
        var path = Workspace.Write(SampleManifests.ThreeScenes);
        await RenderAsync(path);
        var introBefore = File.GetLastWriteTimeUtc(Workspace.Output("intro.mp4"));

        Workspace.Write(SampleManifests.ThreeScenes.Replace("First, the dashboard.", "First, the new dashboard.", StringComparison.Ordinal));
        var plan = ManifestEngine.Plan(path);
        var result = await RenderAsync(path);

        var tour = Assert.Single(plan.Scenes, s => s.Action == PlanAction.Create);
        Assert.Equal("tour", tour.Id);
        Assert.Contains("script", tour.Reason, StringComparison.Ordinal);
        Assert.Equal(2, plan.Count(PlanAction.Skip));
        Assert.Equal(1, result.Creates);
        Assert.Equal(4, Emulator.Accounting.CreatesTotal);
        Assert.Equal(introBefore, File.GetLastWriteTimeUtc(Workspace.Output("intro.mp4")));
    }

    [Fact]
    public async Task Changing_a_default_rerenders_exactly_the_scenes_that_inherit_it()
    {
        var path = Workspace.Write(SampleManifests.ThreeScenes);
        await RenderAsync(path);

        // 'tour' has its own avatar: only intro and outro inherit the default.
        Workspace.Write(SampleManifests.ThreeScenes.Replace("  avatar: Daisy-inskirt-20220818", "  avatar: Daisy-insuit-20220818", StringComparison.Ordinal));
        var plan = ManifestEngine.Plan(path);
        var result = await RenderAsync(path);

        Assert.Equal(new[] { "intro", "outro" }, plan.Scenes.Where(s => s.Action == PlanAction.Create).Select(s => s.Id));
        Assert.All(plan.Scenes.Where(s => s.Action == PlanAction.Create), s => Assert.Contains("avatar", s.Reason, StringComparison.Ordinal));
        Assert.Equal(PlanAction.Skip, plan.Scenes.Single(s => s.Id == "tour").Action);
        Assert.Equal(2, result.Creates);
        Assert.Equal(5, Emulator.Accounting.CreatesTotal);
    }

    [Fact]
    public async Task Renaming_an_id_is_an_orphan_and_a_create()
    {
        var path = Workspace.Write(SampleManifests.ThreeScenes);
        await RenderAsync(path);

        Workspace.Write(SampleManifests.ThreeScenes.Replace("id: outro", "id: closing", StringComparison.Ordinal));
        var plan = ManifestEngine.Plan(path);
        var result = await RenderAsync(path);

        Assert.Equal(PlanAction.Orphan, plan.Scenes.Single(s => s.Id == "outro").Action);
        Assert.Equal(PlanAction.Create, plan.Scenes.Single(s => s.Id == "closing").Action);
        Assert.Equal(1, result.Creates);
        Assert.Equal(4, Emulator.Accounting.CreatesTotal);
        Assert.True(File.Exists(Workspace.Output("outro.mp4")), "an orphan's file is kept");
        Assert.True(File.Exists(Workspace.Output("closing.mp4")));
    }

    [Fact]
    public async Task Deleting_an_output_file_downloads_it_again_without_a_new_render()
    {
        var path = Workspace.Write(SampleManifests.ThreeScenes);
        await RenderAsync(path);
        var downloads = Emulator.Accounting.Downloads;
        File.Delete(Workspace.Output("tour.mp4"));

        var plan = ManifestEngine.Plan(path);
        var result = await RenderAsync(path);

        var tour = Assert.Single(plan.Scenes, s => s.Action == PlanAction.Download);
        Assert.Equal("tour", tour.Id);
        Assert.Equal(0, result.Creates);
        Assert.Equal(3, Emulator.Accounting.CreatesTotal);
        Assert.Equal(downloads + 1, Emulator.Accounting.Downloads);
        Assert.Equal(SceneResult.Downloaded, result.Scenes.Single(s => s.Id == "tour").Result);
        Assert.True(new FileInfo(Workspace.Output("tour.mp4")).Length > 1000);
    }

    [Fact]
    public async Task A_corrupted_output_file_is_downloaded_again()
    {
        var path = Workspace.Write(SampleManifests.ThreeScenes);
        await RenderAsync(path);
        File.WriteAllText(Workspace.Output("intro.mp4"), "not a video");

        var plan = ManifestEngine.Plan(path);
        var result = await RenderAsync(path);

        Assert.Equal(PlanAction.Download, plan.Scenes.Single(s => s.Id == "intro").Action);
        Assert.Equal(0, result.Creates);
        Assert.True(new FileInfo(Workspace.Output("intro.mp4")).Length > 1000);
    }

    [Fact]
    public async Task Rows_local_files_and_webm_render_and_each_file_is_uploaded_once()
    {
        var source = File.ReadAllText(Path.Combine(TestPaths.Examples, "product-launch.yaml"));
        var path = Workspace.Write(source);

        var result = await RenderAsync(path);

        Assert.True(result.Succeeded, string.Join("\n", result.Scenes));
        Assert.Equal(7, result.Creates);
        Assert.Equal(3, result.Uploads);
        Assert.Equal(3, Emulator.Accounting.Uploads);
        Assert.True(File.Exists(Workspace.Output("founder.webm")));
        Assert.Equal("\u001aE\u00df\u00a3", new string(File.ReadAllBytes(Workspace.Output("founder.webm")).Take(4).Select(b => (char)b).ToArray()));
        Assert.True(File.Exists(Workspace.Output("hello-Ada.mp4")));
        Assert.True(File.Exists(Workspace.Output("hello-Ada.srt")), "caption: true downloads the captions");
    }

    [Fact]
    public async Task Changing_an_uploaded_file_rerenders_the_scenes_that_use_it()
    {
        var source = File.ReadAllText(Path.Combine(TestPaths.Examples, "product-launch.yaml"));
        var path = Workspace.Write(source);
        await RenderAsync(path);

        File.AppendAllText(Path.Combine(Workspace.Root, "assets", "narration.mp3"), "x");
        var plan = ManifestEngine.Plan(path);
        var result = await RenderAsync(path);

        Assert.Equal(new[] { "narrated" }, plan.Scenes.Where(s => s.Action == PlanAction.Create).Select(s => s.Id));
        Assert.Equal(1, result.Creates);
        Assert.Equal(1, result.Uploads);
    }

    private Task<RenderResult> RenderAsync(string path) => ManifestEngine.RenderAsync(path, Client, TestEmulator.Render());
}
