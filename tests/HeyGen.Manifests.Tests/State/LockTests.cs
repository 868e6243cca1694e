using System.Diagnostics;
using System.Text.Json;
using HeyGen.Emulator;
using HeyGen.Manifests.State;
using HeyGen.Manifests.Tests.Infrastructure;

namespace HeyGen.Manifests.Tests.State;

/// <summary>One run per state file: a second run fails fast naming the owner; a dead owner's lock is taken over.</summary>
public sealed class LockTests : EmulatorRenderTest
{
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    [Fact]
    public async Task A_second_concurrent_run_fails_fast_and_names_the_owner()
    {
        var path = Workspace.Write(SampleManifests.ThreeScenes);
        using var held = StateLock.Acquire(Workspace.StatePath, "first run");

        var error = await Assert.ThrowsAsync<ManifestLockedException>(() => ManifestEngine.RenderAsync(path, Client, TestEmulator.Render()));

        Assert.Equal(Environment.ProcessId, error.Owner!.ProcessId);
        Assert.Contains("process " + Environment.ProcessId, error.Message, StringComparison.Ordinal);
        Assert.Contains("first run", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Emulator.Accounting.RequestsTotal);
        Assert.Equal(held.Owner.ProcessId, ManifestEngine.Status(path).LockedBy!.ProcessId);
    }

    [Fact]
    public async Task A_stale_lock_from_a_dead_process_is_taken_over()
    {
        var path = Workspace.Write(SampleManifests.ThreeScenes);
        var dead = await DeadProcessIdAsync();
        var stale = new LockOwner { ProcessId = dead, Host = Environment.MachineName, User = "ci", AcquiredAt = DateTimeOffset.UtcNow.AddMinutes(-3), Tool = "crashed run" };
        File.WriteAllText(Workspace.StatePath + ".lock", JsonSerializer.Serialize(stale, SnakeCase));
        File.SetLastWriteTimeUtc(Workspace.StatePath + ".lock", DateTime.UtcNow.AddMinutes(-3));

        var result = await ManifestEngine.RenderAsync(path, Client, TestEmulator.Render());

        Assert.True(result.Succeeded);
        Assert.Equal(3, result.Creates);
        Assert.False(File.Exists(Workspace.StatePath + ".lock"), "the lock is released after the run");
    }

    [Fact]
    public void The_lock_is_released_when_the_holder_is_disposed()
    {
        Workspace.Write(SampleManifests.ThreeScenes);
        using (StateLock.Acquire(Workspace.StatePath, "one"))
        {
            Assert.NotNull(StateLock.Peek(Workspace.StatePath));
        }

        using var second = StateLock.Acquire(Workspace.StatePath, "two");
        Assert.False(second.TookOverStaleLock);
    }

    /// <summary>The id of a process that existed and has exited (so it is certainly not alive).</summary>
    private static async Task<int> DeadProcessIdAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await process.WaitForExitAsync();
        return process.Id;
    }
}
