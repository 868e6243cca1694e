using HeyGen.Emulator;
using HeyGen.Manifests.Rendering;
using HeyGen.Manifests.State;
using HeyGen.Manifests.Tests.Infrastructure;

namespace HeyGen.Manifests.Tests.Rendering;

/// <summary>
/// A batch is recorded, then its scenes' intents are written one by one, then it is sent. A run killed between two
/// intent writes leaves a batch record whose body also holds scenes that never got an intent: replaying that body
/// would create those scenes twice (once from the replay, once from their own planned create). Found by the
/// crash-safety test (31 creates for 30 scenes); reproduced here deterministically.
/// </summary>
public sealed class InterruptedBatchRecoveryTests : EmulatorRenderTest
{
    [Fact]
    public async Task A_batch_whose_intents_were_not_all_written_is_never_replayed()
    {
        var path = Workspace.Write(SampleManifests.ThreeScenes);

        // First run: every batch send is dropped before the emulator handles it, so nothing is created and the
        // run ends with all three scenes as unconfirmed intents of one recorded batch.
        Emulator.Faults.DropConnection("createVideoBatch", count: 1000);
        await ManifestEngine.RenderAsync(path, Client, TestEmulator.Render());
        Emulator.Faults.Clear();
        Assert.Equal(0, Emulator.Accounting.CreatesTotal);

        // Simulate the kill: the intent of 'outro' was never written (the run died after recording the batch and
        // the first intents).
        using (var store = new StateStore(Workspace.StatePath))
        {
            var state = store.Load();
            var batchKey = state.Scenes["intro"].BatchKey;
            Assert.NotNull(batchKey);
            Assert.Equal(SceneStatus.Intent, state.Scenes["outro"].Status);
            state.Scenes.Remove("outro");
            store.Compact();
        }

        var result = await ManifestEngine.RenderAsync(path, Client, TestEmulator.Render());

        Assert.True(result.Succeeded, string.Join("\n", result.Scenes));
        Assert.Equal(3, Emulator.Accounting.CreatesTotal);
        Assert.All(Emulator.Accounting.CreatesByRequestHash.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task A_batch_refused_with_429_leaves_no_key_that_a_later_run_could_replay()
    {
        var path = Workspace.Write(SampleManifests.ThreeScenes);
        Emulator.Faults.RateLimit("createVideoBatch", count: 1);

        var result = await ManifestEngine.RenderAsync(path, Client, TestEmulator.Render());

        Assert.True(result.Succeeded, string.Join("\n", result.Scenes));
        Assert.Equal(3, Emulator.Accounting.CreatesTotal);
        using var store = new StateStore(Workspace.StatePath);
        var state = store.Load();
        Assert.All(state.Scenes.Values, s => Assert.True(s.BatchKey is null || state.Batches[s.BatchKey].BatchId is not null, s.Id + " keeps the refused batch's key"));
    }
}
