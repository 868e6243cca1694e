using HeyGen.Emulator;
using HeyGen.Manifests.State;
using HeyGen.Manifests.Tests.Infrastructure;

namespace HeyGen.Manifests.Tests.State;

/// <summary>The state file: versioned, written after every transition, never silently reset, never holding the key.</summary>
public sealed class StateFileTests : EmulatorRenderTest
{

    [Fact]
    public async Task A_corrupt_state_file_is_an_error_that_keeps_a_backup()
    {
        var path = Workspace.Write(SampleManifests.ThreeScenes);
        await ManifestEngine.RenderAsync(path, Client, TestEmulator.Render());
        File.WriteAllText(Workspace.StatePath, "{ \"version\": 1, \"scenes\": { broken");

        var error = Assert.Throws<CorruptStateException>(() => ManifestEngine.Plan(path));
        var renderError = await Assert.ThrowsAsync<CorruptStateException>(() => ManifestEngine.RenderAsync(path, Client, TestEmulator.Render()));

        Assert.Contains(Workspace.StatePath, error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(error.Backup), "a backup of the corrupt file is kept");
        Assert.Equal("{ \"version\": 1, \"scenes\": { broken", File.ReadAllText(error.Backup));
        Assert.Equal(3, Emulator.Accounting.CreatesTotal);
        Assert.NotNull(renderError);
    }

    [Fact]
    public async Task A_state_file_from_a_newer_version_is_refused()
    {
        var path = Workspace.Write(SampleManifests.ThreeScenes);
        File.WriteAllText(Workspace.StatePath, "{\"version\": 99, \"scenes\": {}}");

        var error = Assert.Throws<CorruptStateException>(() => ManifestEngine.Plan(path));

        Assert.Contains("version 99", error.Message, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_torn_last_journal_line_is_ignored_and_the_rest_kept()
    {
        var path = Workspace.Write(SampleManifests.ThreeScenes);
        await ManifestEngine.RenderAsync(path, Client, TestEmulator.Render());
        using (var store = new StateStore(Workspace.StatePath))
        {
            store.Load();
            store.Record(new SceneState { Id = "intro", Key = "k", Status = SceneStatus.Intent });
        }

        // Tear the last append in half, as a crash in the middle of a write would.
        var journal = Workspace.StatePath + ".journal";
        var bytes = File.ReadAllBytes(journal);
        File.WriteAllBytes(journal, bytes[..^20]);

        var plan = ManifestEngine.Plan(path);

        Assert.False(plan.HasWork);
    }

    [Fact]
    public async Task The_state_file_never_contains_the_api_key()
    {
        var path = Workspace.Write(SampleManifests.ThreeScenes);

        await ManifestEngine.RenderAsync(path, Client, TestEmulator.Render());

        foreach (var file in Directory.GetFiles(Workspace.Root, "*.heygen-state*"))
        {
            Assert.DoesNotContain(Emulator.ApiKey, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Emulator_runs_keep_their_own_state_file()
    {
        var path = Workspace.Write(SampleManifests.ThreeScenes);

        await ManifestEngine.RenderAsync(path, Client, TestEmulator.Render(), emulator: true);

        Assert.True(File.Exists(Path.Combine(Workspace.Root, "video.heygen-state.emulator.json")));
        Assert.False(File.Exists(Workspace.StatePath));
        Assert.True(ManifestEngine.Plan(path).HasWork, "a real run does not trust renders made by the emulator");
    }
}
