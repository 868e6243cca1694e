using HeyGen.Cli;
using HeyGen.Manifests.State;
using HeyGen.Manifests.Tests.Infrastructure;

namespace HeyGen.Manifests.Tests.CrashSafety;

/// <summary>
/// Crash safety with real processes: the CLI renders a 30-scene manifest against a standalone emulator and is
/// killed (Process.Kill, no cleanup) at ten different moments — before the plan, around creates, while waiting,
/// mid-download. After each kill the next run completes the work: exactly 30 paid creates in total, 30 valid
/// files, a consistent state; then one more run creates and downloads nothing.
/// </summary>
public sealed class CrashSafetyTests : IAsyncLifetime
{
    private const int SceneCount = 30;

    /// <summary>The moments: a predicate over the output so far. Each names a phase of the render.</summary>
    private static readonly (string Name, Func<IReadOnlyCollection<string>, bool> Reached)[] Moments =
    [
        ("as soon as it starts", lines => lines.Count >= 1),
        ("right after the plan", lines => lines.Any(l => l.StartsWith("Plan for", StringComparison.Ordinal))),
        ("at the first submission", lines => Count(lines, "submitted") >= 1),
        ("after five submissions", lines => Count(lines, "submitted") >= 5),
        ("at the first finished render", lines => Count(lines, ": rendered (") >= 1),
        ("while the first file downloads", lines => Count(lines, "downloading") >= 1),
        ("after ten downloads", lines => Count(lines, ": saved ") >= 10),
        ("after twenty submissions", lines => Count(lines, "submitted") >= 20),
        ("after twenty downloads", lines => Count(lines, ": saved ") >= 20),
        ("one download before the end", lines => Count(lines, ": saved ") >= 29),
    ];

    private StandaloneEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await StandaloneEmulator.StartAsync(speed: 20);

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Killed_at_ten_moments_each_followed_by_a_completing_run_never_pays_twice()
    {
        var report = new List<string>();
        foreach (var (name, reached) in Moments)
        {
            await _emulator.ResetAsync();
            using var workspace = NewWorkspace();

            var killedAt = await RunAndKillAsync(workspace, reached);
            report.Add(name + ": killed after " + killedAt + " line(s)");
            AssertStateReadable(workspace);
            await RunToCompletionAsync(workspace);

            await AssertExactlyOnceAsync(workspace, name);
            await AssertRerunIsFreeAsync(workspace, name);
        }

        Assert.Equal(Moments.Length, report.Count);
    }

    [Fact]
    public async Task Killed_ten_times_in_a_row_then_completed_pays_each_scene_once()
    {
        await _emulator.ResetAsync();
        using var workspace = NewWorkspace();

        foreach (var (_, reached) in Moments)
        {
            await RunAndKillAsync(workspace, reached);
            AssertStateReadable(workspace);
            var creates = (await _emulator.AccountingAsync()).GetProperty("creates_total").GetInt64();
            Assert.True(creates <= SceneCount, creates + " creates so far");
        }

        await RunToCompletionAsync(workspace);
        await AssertExactlyOnceAsync(workspace, "ten kills in a row");
        await AssertRerunIsFreeAsync(workspace, "ten kills in a row");
    }

    private static int Count(IReadOnlyCollection<string> lines, string text) => lines.Count(l => l.Contains(text, StringComparison.Ordinal));

    private static ManifestWorkspace NewWorkspace()
    {
        var workspace = new ManifestWorkspace();
        workspace.WriteCsv("n.csv", "n", Enumerable.Range(1, SceneCount).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        workspace.Write(SampleManifests.Rows("n.csv", concurrency: 4));
        return workspace;
    }

    private async Task<int> RunAndKillAsync(ManifestWorkspace workspace, Func<IReadOnlyCollection<string>, bool> reached)
    {
        using var cli = ChildProcess.Start(BuiltTools.Cli, ["render", workspace.ManifestPath], _emulator.Environment);
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!reached(cli.Lines) && !cli.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }

        cli.Kill();
        return cli.Lines.Count;
    }

    private async Task RunToCompletionAsync(ManifestWorkspace workspace)
    {
        using var cli = ChildProcess.Start(BuiltTools.Cli, ["render", workspace.ManifestPath], _emulator.Environment);
        var exit = await cli.WaitForExitAsync(TimeSpan.FromMinutes(3));
        Assert.True(exit == ExitCodes.Success, cli.Output);
    }

    private static void AssertStateReadable(ManifestWorkspace workspace)
    {
        // Whatever instant the kill hit, the state loads (a torn journal line is dropped, never an error).
        var status = ManifestEngine.Status(workspace.ManifestPath);
        Assert.All(status.Scenes, s => Assert.StartsWith("scene-", s.Id, StringComparison.Ordinal));
    }

    private async Task AssertExactlyOnceAsync(ManifestWorkspace workspace, string moment)
    {
        var accounting = await _emulator.AccountingAsync();
        Assert.True(SceneCount == accounting.GetProperty("creates_total").GetInt64(), moment + ": " + accounting);
        Assert.All(accounting.GetProperty("creates_by_request").EnumerateObject(), p => Assert.True(p.Value.GetInt32() == 1, moment + ": " + p.Name + " created " + p.Value + " times"));

        var files = Directory.GetFiles(workspace.OutputDirectory);
        Assert.True(SceneCount == files.Length, moment + ": " + string.Join(", ", files.Select(Path.GetFileName)));
        Assert.All(files, f =>
        {
            var bytes = File.ReadAllBytes(f);
            Assert.EndsWith(".mp4", f, StringComparison.Ordinal);
            Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(bytes, 4, 4));
        });

        var status = ManifestEngine.Status(workspace.ManifestPath);
        Assert.Equal(SceneCount, status.Scenes.Count);
        Assert.All(status.Scenes, s => Assert.Equal(SceneStatus.Downloaded, s.Status));
        Assert.Equal(SceneCount, status.Scenes.Select(s => s.VideoId).Distinct(StringComparer.Ordinal).Count());
        Assert.Null(status.LockedBy);
    }

    private async Task AssertRerunIsFreeAsync(ManifestWorkspace workspace, string moment)
    {
        var before = await _emulator.AccountingAsync();
        using var cli = ChildProcess.Start(BuiltTools.Cli, ["render", workspace.ManifestPath], _emulator.Environment);
        Assert.Equal(ExitCodes.Success, await cli.WaitForExitAsync(TimeSpan.FromMinutes(1)));
        var after = await _emulator.AccountingAsync();

        Assert.Contains("Nothing to render", cli.Output, StringComparison.Ordinal);
        Assert.True(before.GetProperty("creates_total").GetInt64() == after.GetProperty("creates_total").GetInt64(), moment);
        Assert.True(before.GetProperty("downloads").GetInt64() == after.GetProperty("downloads").GetInt64(), moment);
    }
}
