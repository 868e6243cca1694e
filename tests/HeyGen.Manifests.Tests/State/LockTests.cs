using System.Diagnostics;
using System.Text.Json;
using HeyGen.Emulator;
using HeyGen.Manifests.State;
using HeyGen.Manifests.Tests.Infrastructure;

namespace HeyGen.Manifests.Tests.State;

/// <summary>One run per state file: a second run fails fast naming the owner; a dead owner's lock is taken over.</summary>
public sealed class LockTests : IAsyncLifetime
{
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly ManifestWorkspace _workspace = new();
    private HeyGenEmulator _emulator = null!;
    private HeyGenClient _client = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TestEmulator.StartAsync();
        _client = TestEmulator.Client(_emulator);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _emulator.DisposeAsync();
        _workspace.Dispose();
    }

    [Fact]
    public async Task A_second_concurrent_run_fails_fast_and_names_the_owner()
    {
        var path = _workspace.Write(SampleManifests.ThreeScenes);
        using var held = StateLock.Acquire(_workspace.StatePath, "first run");

        var error = await Assert.ThrowsAsync<ManifestLockedException>(() => ManifestEngine.RenderAsync(path, _client, TestEmulator.Render()));

        Assert.Equal(Environment.ProcessId, error.Owner!.ProcessId);
        Assert.Contains("process " + Environment.ProcessId, error.Message, StringComparison.Ordinal);
        Assert.Contains("first run", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _emulator.Accounting.RequestsTotal);
        Assert.Equal(held.Owner.ProcessId, ManifestEngine.Status(path).LockedBy!.ProcessId);
    }

    [Fact]
    public async Task A_stale_lock_from_a_dead_process_is_taken_over()
    {
        var path = _workspace.Write(SampleManifests.ThreeScenes);
        var dead = await DeadProcessIdAsync();
        var stale = new LockOwner { ProcessId = dead, Host = Environment.MachineName, User = "ci", AcquiredAt = DateTimeOffset.UtcNow.AddMinutes(-3), Tool = "crashed run" };
        File.WriteAllText(_workspace.StatePath + ".lock", JsonSerializer.Serialize(stale, SnakeCase));
        File.SetLastWriteTimeUtc(_workspace.StatePath + ".lock", DateTime.UtcNow.AddMinutes(-3));

        var result = await ManifestEngine.RenderAsync(path, _client, TestEmulator.Render());

        Assert.True(result.Succeeded);
        Assert.Equal(3, result.Creates);
        Assert.False(File.Exists(_workspace.StatePath + ".lock"), "the lock is released after the run");
    }

    [Fact]
    public void The_lock_is_released_when_the_holder_is_disposed()
    {
        _workspace.Write(SampleManifests.ThreeScenes);
        using (StateLock.Acquire(_workspace.StatePath, "one"))
        {
            Assert.NotNull(StateLock.Peek(_workspace.StatePath));
        }

        using var second = StateLock.Acquire(_workspace.StatePath, "two");
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
