using HeyGen.Emulator;

namespace HeyGen.Manifests.Tests.Infrastructure;

/// <summary>
/// The fixture of every render test: a fresh workspace and a fresh in-process emulator with a client per test
/// (xunit creates the class per test), disposed afterwards so no port or file outlives the test.
/// </summary>
public abstract class EmulatorRenderTest : IAsyncLifetime
{
    internal ManifestWorkspace Workspace { get; } = new();

    protected HeyGenEmulator Emulator { get; private set; } = null!;

    protected HeyGenClient Client { get; private set; } = null!;

    public virtual async Task InitializeAsync() => await UseEmulatorAsync(await TestEmulator.StartAsync());

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
        Workspace.Dispose();
    }

    /// <summary>Replaces the emulator (and its client) with <paramref name="emulator"/>, disposing the previous one.</summary>
    protected async Task UseEmulatorAsync(HeyGenEmulator emulator)
    {
        if (Emulator is not null)
        {
            Client.Dispose();
            await Emulator.DisposeAsync();
        }

        Emulator = emulator;
        Client = TestEmulator.Client(emulator);
    }
}
