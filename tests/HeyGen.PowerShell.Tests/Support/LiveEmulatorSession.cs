using HeyGen.Automation;
using HeyGen.Emulator;

namespace HeyGen.PowerShell.Tests.Support;

/// <summary>
/// An in-process emulator for the issue 6 cmdlets: fast photo avatars and renders, webhook deliveries on, and a
/// session attached to it. <see cref="ManualClock"/> fixtures run the emulator on a manual clock, so "31 s idle"
/// takes no real time.
/// </summary>
public class LiveEmulatorSession : IAsyncLifetime
{
    private readonly bool _manualClock;

    public LiveEmulatorSession()
        : this(manualClock: false)
    {
    }

    protected LiveEmulatorSession(bool manualClock) => _manualClock = manualClock;

    public HeyGenEmulator Emulator { get; private set; } = null!;

    public HeyGenSession Session { get; } = new(_ => null);

    /// <summary>The emulator's clock when it is manual, else null.</summary>
    public ManualTimeProvider? Clock { get; private set; }

    public async Task InitializeAsync()
    {
        Clock = _manualClock ? new ManualTimeProvider() : null;
        Emulator = await HeyGenEmulator.StartAsync(new EmulatorOptions
        {
            ApiKey = "test-key-" + Guid.NewGuid().ToString("N"),
            TimeProvider = (TimeProvider?)Clock ?? TimeProvider.System,
            QueueTime = TimeSpan.Zero,
            ProcessingTime = TimeSpan.FromMilliseconds(300),
            ConcurrentJobLimit = 10,
            RealtimeStartupTime = TimeSpan.Zero,
            PhotoGenerationTime = TimeSpan.FromMilliseconds(200),
            PhotoTrainingTime = TimeSpan.FromMilliseconds(200),
            DeliverWebhooks = true,
        });
        Session.AttachEmulator(new InProcessEmulator(Emulator));
    }

    public async Task DisposeAsync()
    {
        Session.Dispose();
        await Emulator.DisposeAsync();
    }

    private sealed class InProcessEmulator : IEmulatorHandle
    {
        private readonly HeyGenEmulator _emulator;

        public InProcessEmulator(HeyGenEmulator emulator) => _emulator = emulator;

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

/// <summary>The same emulator on a manual clock (realtime idle timeouts and keep-alives).</summary>
public sealed class ManualClockEmulatorSession : LiveEmulatorSession
{
    public ManualClockEmulatorSession()
        : base(manualClock: true)
    {
    }
}
