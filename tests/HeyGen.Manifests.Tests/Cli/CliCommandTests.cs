using System.Text.Json;
using HeyGen.Cli;
using HeyGen.Emulator;
using HeyGen.Manifests.Tests.Infrastructure;

namespace HeyGen.Manifests.Tests.Cli;

/// <summary>The CLI's commands, output formats and exit codes, run in-process.</summary>
public sealed class CliCommandTests : IDisposable
{
    private readonly ManifestWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Validate_prints_every_error_with_its_position_and_exits_2()
    {
        var manifest = Path.Combine(TestPaths.InvalidCorpus, "many-errors.yaml");

        var run = await CliRun.InvokeAsync("validate", manifest);

        Assert.Equal(ExitCodes.InvalidManifest, run.ExitCode);
        Assert.Contains(manifest + ":6:3: defaults.resolutoin:", run.Output, StringComparison.Ordinal);
        Assert.Contains(manifest + ":15:13: scenes[2].format:", run.Output, StringComparison.Ordinal);
        Assert.Contains("5 errors: nothing was sent.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_json_lists_errors_with_positions()
    {
        var run = await CliRun.InvokeAsync("validate", Path.Combine(TestPaths.InvalidCorpus, "invalid-enum.yaml"), "--json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(ExitCodes.InvalidManifest, run.ExitCode);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        var first = json.RootElement.GetProperty("errors")[0];
        Assert.Equal("invalid-enum", first.GetProperty("code").GetString());
        Assert.Equal(6, first.GetProperty("line").GetInt32());
        Assert.Equal(15, first.GetProperty("column").GetInt32());
        Assert.Equal("defaults.resolution", first.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Render_of_an_invalid_manifest_exits_2_before_any_connection()
    {
        var run = await CliRun.InvokeAsync("render", Path.Combine(TestPaths.InvalidCorpus, "file-missing.yaml"));

        Assert.Equal(ExitCodes.InvalidManifest, run.ExitCode);
        Assert.Contains("no-such-file.mp3", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("HEYGEN_API_KEY", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_without_an_api_key_exits_3_and_says_how_to_set_it()
    {
        var path = _workspace.Write(SampleManifests.ThreeScenes);

        var run = await CliRun.InvokeAsync("render", path);

        Assert.Equal(ExitCodes.Configuration, run.ExitCode);
        Assert.Contains("HEYGEN_API_KEY is not set", run.Error, StringComparison.Ordinal);
        Assert.Contains("--emulator", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_api_key_exits_3_without_printing_the_key()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var path = _workspace.Write(SampleManifests.ThreeScenes);
        const string wrongKey = "sk-wrong-key-that-must-not-be-printed";

        var run = await CliRun.InvokeAsync(new Dictionary<string, string> { ["HEYGEN_API_KEY"] = wrongKey }, "render", path, "--base-url", emulator.BaseUrl.ToString());

        Assert.Equal(ExitCodes.Configuration, run.ExitCode);
        Assert.Contains("rejected the API key", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, run.Output + run.Error, StringComparison.Ordinal);
        Assert.Equal(0, emulator.Accounting.CreatesTotal);
    }

    [Fact]
    public async Task Render_on_the_embedded_emulator_then_again_renders_nothing_and_says_so()
    {
        var path = _workspace.Write(SampleManifests.ThreeScenes);

        var first = await CliRun.InvokeAsync("render", path, "--emulator");
        var second = await CliRun.InvokeAsync("render", path, "--emulator");

        Assert.True(first.ExitCode == ExitCodes.Success, first.Output + first.Error);
        Assert.Contains("Plan for 'three': 3 create", first.Output, StringComparison.Ordinal);
        Assert.Contains("Done: 3 rendered", first.Output, StringComparison.Ordinal);
        Assert.Contains("embedded HeyGen emulator", first.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Contains("Plan for 'three': 3 skip", second.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing to render: all 3 scenes are up to date (0 creates, 0 downloads).", second.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(_workspace.Output("intro.mp4")));
    }

    [Fact]
    public async Task Render_json_reports_each_scene_and_the_creates()
    {
        var path = _workspace.Write(SampleManifests.ThreeScenes);

        var run = await CliRun.InvokeAsync("render", path, "--emulator", "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.True(json.RootElement.GetProperty("succeeded").GetBoolean());
        Assert.Equal(3, json.RootElement.GetProperty("creates").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("scenes").GetArrayLength());
        Assert.All(json.RootElement.GetProperty("scenes").EnumerateArray(), s => Assert.Equal("rendered", s.GetProperty("result").GetString()));
    }

    [Fact]
    public async Task Plan_and_status_report_without_network()
    {
        var path = _workspace.Write(SampleManifests.ThreeScenes);
        await CliRun.InvokeAsync("render", path, "--emulator");
        _workspace.Write(SampleManifests.ThreeScenes.Replace("Thanks for watching.", "Thanks, and goodbye.", StringComparison.Ordinal));

        var plan = await CliRun.InvokeAsync("plan", path, "--emulator", "--json");
        var status = await CliRun.InvokeAsync("status", path, "--emulator");

        Assert.Equal(ExitCodes.Success, plan.ExitCode);
        using var json = JsonDocument.Parse(plan.Output);
        var outro = json.RootElement.GetProperty("scenes").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "outro");
        Assert.Equal("create", outro.GetProperty("action").GetString());
        Assert.Contains("script", outro.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, status.ExitCode);
        Assert.Contains("downloaded", status.Output, StringComparison.Ordinal);
        Assert.Contains("intro", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_held_lock_exits_4_and_names_the_owner()
    {
        var path = _workspace.Write(SampleManifests.ThreeScenes);
        using var held = HeyGen.Manifests.State.StateLock.Acquire(Path.Combine(_workspace.Root, "video.heygen-state.emulator.json"), "another render");

        var run = await CliRun.InvokeAsync("render", path, "--emulator");

        Assert.Equal(ExitCodes.LockHeld, run.ExitCode);
        Assert.Contains("another render", run.Error, StringComparison.Ordinal);
        Assert.Contains("process " + Environment.ProcessId, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_scene_exits_1_and_the_others_complete()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var path = _workspace.Write(SampleManifests.ThreeScenes.Replace("Thanks for watching.", "Thanks for watching. " + HeyGenEmulator.FailureMarker, StringComparison.Ordinal));

        var run = await CliRun.InvokeAsync(new Dictionary<string, string> { ["HEYGEN_API_KEY"] = emulator.ApiKey }, "render", path, "--base-url", emulator.BaseUrl.ToString());

        Assert.Equal(ExitCodes.SceneFailed, run.ExitCode);
        Assert.Contains("failed", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(_workspace.Output("intro.mp4")));
        Assert.True(File.Exists(_workspace.Output("tour.mp4")));
        Assert.False(File.Exists(_workspace.Output("outro.mp4")));
        Assert.DoesNotContain(emulator.ApiKey, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_documents_the_exit_codes()
    {
        var run = await CliRun.InvokeAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("4 lock held", run.Output, StringComparison.Ordinal);
    }
}
