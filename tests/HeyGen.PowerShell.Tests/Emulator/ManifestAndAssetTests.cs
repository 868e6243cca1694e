using HeyGen.Automation;
using HeyGen.Manifests.Rendering;
using HeyGen.PowerShell.Tests.Support;

namespace HeyGen.PowerShell.Tests.Emulator;

/// <summary>The manifest and asset cmdlets' layer against the emulator, with its billing accounting.</summary>
public sealed class ManifestAndAssetTests : IClassFixture<EmulatorSession>, IDisposable
{
    private readonly EmulatorSession _fixture;
    private readonly string _folder;

    public ManifestAndAssetTests(EmulatorSession fixture)
    {
        _fixture = fixture;
        _folder = Path.Combine(Path.GetTempPath(), "heygen-manifest-" + Guid.NewGuid().ToString("N"));
        CopyFolder(Path.Combine(TestPaths.RepoRoot, "examples", "manifests"), _folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Rendering_twice_creates_each_video_once()
    {
        var manifest = Path.Combine(_folder, "product-launch.yaml");
        var options = new RenderOptions { PollInterval = TimeSpan.FromMilliseconds(50), MaxPollInterval = TimeSpan.FromMilliseconds(200) };

        var first = new RecordingSink();
        var result = OperationRunner.Run((channel, token) => ManifestService.RenderAsync(manifest, _fixture.Session.Client, null, true, null, options, channel, token), first, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Scenes.Select(s => s.ToString())));
        Assert.True(result.Creates > 0);
        Assert.Contains(first.Progress, p => p.ActivityId == RenderProgressFormatter.ActivityId && p.PercentComplete >= 0);
        Assert.Contains(first.Verbose, v => v.StartsWith("Plan: ", StringComparison.Ordinal));
        var createsAfterFirst = _fixture.Emulator.Accounting.CreatesTotal;

        var plan = ManifestService.Plan(manifest, null, emulator: true);
        Assert.False(plan.HasWork);
        Assert.Empty(PlanDescription.Describe(plan));

        var second = OperationRunner.Run((channel, token) => ManifestService.RenderAsync(manifest, _fixture.Session.Client, null, true, null, options, channel, token), new RecordingSink(), CancellationToken.None);
        Assert.Equal(0, second.Creates);
        Assert.All(second.Scenes, s => Assert.Equal(SceneResult.Skipped, s.Result));
        Assert.Equal(createsAfterFirst, _fixture.Emulator.Accounting.CreatesTotal);
        Assert.All(ManifestService.Status(manifest, null, emulator: true).Scenes, s => Assert.False(string.IsNullOrEmpty(s.VideoId)));
    }

    [Fact]
    public void A_fresh_plan_describes_what_WhatIf_would_print_and_sends_nothing()
    {
        var before = _fixture.Emulator.Accounting.RequestsTotal;
        var plan = ManifestService.Plan(Path.Combine(_folder, "product-launch.yaml"), Path.Combine(_folder, "fresh.state.json"), emulator: true);
        var steps = PlanDescription.Describe(plan);
        Assert.Contains(steps, s => s.Target.StartsWith("intro: ", StringComparison.Ordinal) && s.Action == "create (spends credits)");
        Assert.Contains("(creates spend credits)", PlanDescription.Summary(plan), StringComparison.Ordinal);
        Assert.Equal(before, _fixture.Emulator.Accounting.RequestsTotal);
    }

    [Fact]
    public void Validation_errors_carry_file_line_and_column()
    {
        var broken = Path.Combine(_folder, "broken.yaml");
        File.WriteAllText(broken, "version: 1\nname: broken\nscenes:\n  - id: a\n    scriptt: Hi\n");
        var validation = ManifestService.Validate(broken);
        Assert.False(validation.IsValid);
        var error = Assert.Single(validation.Errors, e => e.Message.Contains("scriptt", StringComparison.Ordinal));
        Assert.Equal((5, 5), (error.Line, error.Column));
        Assert.EndsWith("broken.yaml", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_scenes_become_errors_that_say_a_rerun_is_safe()
    {
        var failure = ManifestService.FailureOf(new SceneOutcome("intro", HeyGen.Manifests.Planning.PlanAction.Create, SceneResult.Failed, "v1", null, "MOVIO_ERROR"))!;
        Assert.Equal(HeyGenErrorCategory.InvalidResult, failure.Category);
        Assert.Contains("Invoke-HeyGenManifest again", failure.RecommendedAction, StringComparison.Ordinal);
        Assert.Null(ManifestService.FailureOf(new SceneOutcome("intro", HeyGen.Manifests.Planning.PlanAction.Skip, SceneResult.Skipped, "v1", null, null)));
    }

    [Fact]
    public async Task Uploading_a_file_returns_an_asset_id_and_refuses_unknown_kinds()
    {
        var assets = new AssetService(_fixture.Session.Client);
        var asset = await assets.UploadAsync(Path.Combine(_folder, "assets", "founder.jpg"), CancellationToken.None);
        Assert.False(string.IsNullOrEmpty(asset.AssetId));
        Assert.Equal("image/jpeg", asset.MimeType);
        await Assert.ThrowsAsync<FileNotFoundException>(() => assets.UploadAsync(Path.Combine(_folder, "missing.png"), CancellationToken.None));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("out", StringComparison.Ordinal) || relative.Contains(".heygen", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
