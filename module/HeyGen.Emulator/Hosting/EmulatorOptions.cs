using Microsoft.Extensions.Logging;

namespace HeyGen.Emulator;

/// <summary>How an emulator instance behaves. Every limit defaults to HeyGen's documented value or a small, realistic one.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The only API key the emulator accepts (<c>X-Api-Key</c> or <c>Authorization: Bearer</c>).</summary>
    public string ApiKey { get; set; } = "emulator-demo-key";

    /// <summary>TCP port on 127.0.0.1; 0 picks a free one (read it back from <see cref="HeyGenEmulator.BaseUrl"/>).</summary>
    public int Port { get; set; }

    /// <summary>The clock every lifecycle, expiry and timeout runs on. Use <see cref="ManualTimeProvider"/> in tests, <see cref="ScaledTimeProvider"/> for demos.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>How long a new video stays <c>pending</c> before it starts <c>processing</c>.</summary>
    public TimeSpan QueueTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a video stays <c>processing</c> before it is <c>completed</c> (or <c>failed</c>).</summary>
    public TimeSpan ProcessingTime { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Videos that may be pending or processing at once; a create beyond it answers 429 with Retry-After.</summary>
    public int ConcurrentJobLimit { get; set; } = 3;

    /// <summary>How long issued download URLs stay valid (HeyGen: 7 days).</summary>
    public TimeSpan DownloadUrlLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Concurrent v3 realtime sessions per account (HeyGen: 3).</summary>
    public int RealtimeMaxSessions { get; set; } = 3;

    /// <summary>A text_stream session closes after this long without new text (HeyGen: 30 s).</summary>
    public TimeSpan RealtimeIdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Every realtime session closes after this long (HeyGen: 1 h).</summary>
    public TimeSpan RealtimeMaxDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a realtime session stays <c>starting</c> before it is <c>ready</c> with a playback URL.</summary>
    public TimeSpan RealtimeStartupTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Concurrent v1 streaming sessions; <c>streaming.new</c> beyond it answers 429.</summary>
    public int StreamingMaxSessions { get; set; } = 3;

    /// <summary>A v1 streaming session closes after this long without a call that addresses it ("sessions time out after inactivity").</summary>
    public TimeSpan StreamingIdleTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long photo and look generations stay <c>in_progress</c>.</summary>
    public TimeSpan PhotoGenerationTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long photo avatar group training takes (after one second <c>pending</c>).</summary>
    public TimeSpan PhotoTrainingTime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>POST webhook events to registered endpoints and callback URLs. Off: nothing is sent or recorded.</summary>
    public bool DeliverWebhooks { get; set; } = true;

    /// <summary>
    /// Secret that signs deliveries to a video's <c>callback_url</c> (HeyGen signs only registered endpoints, so by
    /// default callback deliveries carry no <c>Signature</c> header). A callback URL that is also a registered
    /// endpoint gets the endpoint's signed delivery instead.
    /// </summary>
    public string? CallbackSigningSecret { get; set; }

    /// <summary>Receives one line per request (method, path, status) and the emulator's own events; null keeps it quiet.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    internal void Validate()
    {
        if (string.IsNullOrEmpty(ApiKey))
        {
            throw new ArgumentException("The emulator needs a non-empty API key.", nameof(ApiKey));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(Port, nameof(Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535, nameof(Port));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        ArgumentOutOfRangeException.ThrowIfLessThan(ConcurrentJobLimit, 1, nameof(ConcurrentJobLimit));
        ArgumentOutOfRangeException.ThrowIfLessThan(RealtimeMaxSessions, 1, nameof(RealtimeMaxSessions));
        ArgumentOutOfRangeException.ThrowIfLessThan(StreamingMaxSessions, 1, nameof(StreamingMaxSessions));
        foreach (var (name, value) in new[]
        {
            (nameof(QueueTime), QueueTime), (nameof(ProcessingTime), ProcessingTime), (nameof(DownloadUrlLifetime), DownloadUrlLifetime),
            (nameof(RealtimeIdleTimeout), RealtimeIdleTimeout), (nameof(RealtimeMaxDuration), RealtimeMaxDuration),
            (nameof(RealtimeStartupTime), RealtimeStartupTime), (nameof(StreamingIdleTimeout), StreamingIdleTimeout),
            (nameof(PhotoGenerationTime), PhotoGenerationTime), (nameof(PhotoTrainingTime), PhotoTrainingTime),
        })
        {
            if (value < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(name, value, "Durations cannot be negative.");
            }
        }
    }
}
