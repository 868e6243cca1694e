using HeyGen.Emulator;
using HeyGen.Manifests.Rendering;

namespace HeyGen.Manifests.Tests.Infrastructure;

/// <summary>The emulator on loopback with a short lifecycle, and render options that poll to match.</summary>
internal static class TestEmulator
{
    public static Task<HeyGenEmulator> StartAsync(int concurrentJobs = 3) =>
        HeyGenEmulator.StartAsync(new EmulatorOptions
        {
            QueueTime = TimeSpan.FromMilliseconds(20),
            ProcessingTime = TimeSpan.FromMilliseconds(80),
            ConcurrentJobLimit = concurrentJobs,
        });

    /// <summary>A client whose retry waits are capped low, so a 429 storm costs milliseconds, not seconds.</summary>
    public static HeyGenClient Client(HeyGenEmulator emulator) =>
        emulator.CreateClient(o =>
        {
            o.Retry.InitialDelay = TimeSpan.FromMilliseconds(5);
            o.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
            o.Retry.MaxRetryAfter = TimeSpan.FromMilliseconds(50);
        });

    public static RenderOptions Render(int? concurrency = null) => new()
    {
        Concurrency = concurrency,
        PollInterval = TimeSpan.FromMilliseconds(20),
        MaxPollInterval = TimeSpan.FromMilliseconds(100),
        Download = new DownloadOptions { Overwrite = true, RetryDelay = TimeSpan.FromMilliseconds(5) },
    };
}
