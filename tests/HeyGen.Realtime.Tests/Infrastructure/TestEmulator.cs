namespace HeyGen.Realtime.Tests.Infrastructure;

/// <summary>Emulators on a manual clock, so idle timeouts, generations and training end when a test says so.</summary>
internal static class TestEmulator
{
    public const string DaisyLook = "Daisy-inskirt-20220818";
    public const string Voice = "1bd001e7e50f421d891986aad5158bc8";
    public const string StreamingAvatar = "josh_lite3_20230714";

    /// <summary>Safety net for waits on background work: a hang fails the test instead of the run. Never an assertion about speed.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static Task<HeyGenEmulator> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { TimeProvider = new ManualTimeProvider() };
        configure?.Invoke(options);
        return HeyGenEmulator.StartAsync(options);
    }

    public static ManualTimeProvider ManualClock(this HeyGenEmulator emulator) => (ManualTimeProvider)emulator.Clock;

    /// <summary>A client that fails at once on 429 instead of retrying, so limit errors surface in the test.</summary>
    public static HeyGenClient CreateImpatientClient(this HeyGenEmulator emulator) => emulator.CreateClient(o => o.Retry.MaxRetries = 0);

    /// <summary>Realtime options whose polls and keep-alives wait on the emulator's clock.</summary>
    public static RealtimeSessionOptions RealtimeOptions(this HeyGenEmulator emulator, TimeSpan? keepAlive = null) => new()
    {
        TimeProvider = emulator.Clock,
        KeepAliveInterval = keepAlive,
    };

    public static async Task<T> WithPatience<T>(this Task<T> task) => await task.WaitAsync(Patience);

    public static async Task WithPatience(this Task task) => await task.WaitAsync(Patience);
}
