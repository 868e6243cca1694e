namespace HeyGen.Emulator.Tests.Infrastructure;

/// <summary>Starts emulators on a manual clock, so renders, expiries and idle timeouts happen when a test says so.</summary>
internal static class TestEmulator
{
    public const string DaisyLook = "Daisy-inskirt-20220818";
    public const string AngelaLook = "Angela-inblackskirt-20220820";
    public const string Voice = "1bd001e7e50f421d891986aad5158bc8";

    /// <summary>Safety net for waits on background work (webhook deliveries): a hang fails the test instead of the run.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static Task<HeyGenEmulator> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions
        {
            TimeProvider = new ManualTimeProvider(),
            QueueTime = TimeSpan.FromSeconds(1),
            ProcessingTime = TimeSpan.FromSeconds(4),
        };
        configure?.Invoke(options);
        return HeyGenEmulator.StartAsync(options);
    }

    public static ManualTimeProvider ManualClock(this HeyGenEmulator emulator) => (ManualTimeProvider)emulator.Clock;

    /// <summary>
    /// A client whose waits (retry backoff, Retry-After, polling) advance the emulator's clock instead of sleeping,
    /// so a test that waits out a 429 storm or a ten-minute render takes milliseconds and records every wait.
    /// </summary>
    public static HeyGenClient CreateLinkedClient(this HeyGenEmulator emulator, out AutoAdvancingClock clock, Action<HeyGenClientOptions>? configure = null)
    {
        var linked = new AutoAdvancingClock(emulator.ManualClock());
        clock = linked;
        return emulator.CreateClient(options =>
        {
            options.TimeProvider = linked;
            configure?.Invoke(options);
        });
    }

    public static HeyGenClient CreateLinkedClient(this HeyGenEmulator emulator, Action<HeyGenClientOptions>? configure = null) =>
        emulator.CreateLinkedClient(out _, configure);

    public static CreateVideoFromAvatar AvatarVideo(string script = "Hello from the emulator tests.", string? title = null) => new()
    {
        AvatarId = DaisyLook,
        Script = script,
        VoiceId = Voice,
        Title = title,
    };

    /// <summary>Waits (with <see cref="Patience"/> as a safety net) for a webhook delivery the background sender made.</summary>
    public static async Task<HeyGen.Emulator.Webhooks.WebhookDelivery> DeliveryAsync(this HeyGenEmulator emulator, Func<HeyGen.Emulator.Webhooks.WebhookDelivery, bool>? predicate = null)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await emulator.WaitForWebhookDeliveryAsync(predicate, timeout.Token);
    }

    /// <summary>Moves the emulator past queueing and rendering of videos created now.</summary>
    public static void FinishRenders(this HeyGenEmulator emulator) =>
        emulator.ManualClock().Advance(emulator.Options.QueueTime + emulator.Options.ProcessingTime);
}
