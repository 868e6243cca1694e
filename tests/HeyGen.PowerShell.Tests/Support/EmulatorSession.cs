using HeyGen.Automation;
using HeyGen.Emulator;

namespace HeyGen.PowerShell.Tests.Support;

/// <summary>An in-process emulator with fast renders, and a session attached to it as Start-HeyGenEmulator would.</summary>
public sealed class EmulatorSession : IAsyncLifetime
{
    public HeyGenEmulator Emulator { get; private set; } = null!;

    public HeyGenSession Session { get; } = new(_ => null);

    /// <summary>Polling suited to renders that take a fraction of a second.</summary>
    public static VideoWaitOptions FastWait => new() { InitialInterval = TimeSpan.FromMilliseconds(50), MaxInterval = TimeSpan.FromMilliseconds(200), Timeout = TimeSpan.FromMinutes(2) };

    public async Task InitializeAsync()
    {
        Emulator = await HeyGenEmulator.StartAsync(new EmulatorOptions
        {
            ApiKey = "test-key-" + Guid.NewGuid().ToString("N"),
            QueueTime = TimeSpan.Zero,
            ProcessingTime = TimeSpan.FromMilliseconds(300),
            ConcurrentJobLimit = 10,
            DeliverWebhooks = false,
        });
        Session.AttachEmulator(new InProcess(Emulator));
    }

    public async Task DisposeAsync()
    {
        Session.Dispose();
        await Emulator.DisposeAsync();
    }

    private sealed class InProcess : IEmulatorHandle
    {
        private readonly HeyGenEmulator _emulator;

        public InProcess(HeyGenEmulator emulator) => _emulator = emulator;

        public Uri BaseUrl => _emulator.BaseUrl;

        public string ApiKey => _emulator.ApiKey;

        public int ProcessId => Environment.ProcessId;

        public bool HasExited => false;

        public void Dispose()
        {
            // The fixture owns the emulator.
        }
    }
}
