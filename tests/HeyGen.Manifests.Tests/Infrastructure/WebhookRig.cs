using System.Net.Http.Headers;
using HeyGen.Emulator;
using HeyGen.Manifests.Events;
using HeyGen.Manifests.Rendering;

namespace HeyGen.Manifests.Tests.Infrastructure;

/// <summary>
/// Webhook-driven completion over loopback: the emulator signs its callback deliveries with <see cref="Secret"/>, a
/// real <see cref="HeyGenWebhookReceiver"/> verifies them, and a <see cref="WebhookVideoEventFeed"/> hands them to the
/// renderer. Also posts hand-made deliveries, to see what the receiver refuses.
/// </summary>
internal sealed class WebhookRig : IAsyncDisposable
{
    public const string Secret = "whsec_manifest-tests";

    /// <summary>Slow enough that no safety-net poll happens in a test unless events are lost.</summary>
    public static readonly TimeSpan SlowMaxPollInterval = TimeSpan.FromMinutes(5);

    private static readonly HttpClient Http = new();

    private WebhookRig(HeyGenWebhookReceiver receiver)
    {
        Receiver = receiver;
        Feed = WebhookVideoEventFeed.Start(receiver);
    }

    public HeyGenWebhookReceiver Receiver { get; }

    public WebhookVideoEventFeed Feed { get; }

    /// <summary>What the manifest's callback_url must be for deliveries to reach the receiver.</summary>
    public Uri Url => Receiver.Url;

    /// <summary>A receiver on a free loopback port, through the same prefix parsing the CLI uses.</summary>
    public static WebhookRig Start(string secret = Secret) =>
        new(HeyGenWebhookReceiver.Start(WebhookListenPrefix.Parse("http://127.0.0.1:0/heygen/webhook/", secret)));

    /// <summary>The test emulator's fast lifecycle, signing callback deliveries with <see cref="Secret"/>.</summary>
    public static Task<HeyGenEmulator> StartEmulatorAsync(bool deliverWebhooks = true, TimeProvider? clock = null) =>
        HeyGenEmulator.StartAsync(new EmulatorOptions
        {
            QueueTime = TimeSpan.FromMilliseconds(20),
            ProcessingTime = TimeSpan.FromMilliseconds(80),
            DeliverWebhooks = deliverWebhooks,
            CallbackSigningSecret = Secret,
            TimeProvider = clock ?? TimeProvider.System,
        });

    /// <summary>Render options that poll quickly at first but, with events, only every <see cref="SlowMaxPollInterval"/>.</summary>
    public static RenderOptions SlowPolling(IVideoEventSource? events, IProgress<RenderEvent>? progress = null)
    {
        var options = TestEmulator.Render();
        options.MaxPollInterval = SlowMaxPollInterval;
        options.VideoEvents = events;
        options.Progress = progress;
        return options;
    }

    /// <summary>A manifest text with a <c>callback_url</c> line added after its <c>output</c> line.</summary>
    public static string WithCallback(string manifest, Uri callbackUrl) =>
        manifest.ReplaceLineEndings("\n").Replace("output: ./out\n", "output: ./out\ncallback_url: " + callbackUrl + "\n", StringComparison.Ordinal);

    /// <summary>An <c>avatar_video.success</c> body, as HeyGen would send it.</summary>
    public static byte[] SuccessBody(string videoId) => HeyGenJson.Serialize<WebhookEvent>(
        new AvatarVideoSuccessEvent { EventData = new AvatarVideoSuccessEventData { VideoId = videoId, Url = new Uri("http://127.0.0.1/forged.mp4") } },
        WebhookEventJsonConverter.WriteValue);

    /// <summary>POSTs a delivery to the receiver; returns the HTTP status it answered.</summary>
    public async Task<int> PostAsync(byte[] body, string? signature)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = content };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(HeyGenWebhookSignature.HeaderName, signature);
        }

        using var response = await Http.SendAsync(request);
        return (int)response.StatusCode;
    }

    /// <summary>The feed first: disposing a receiver under a waiting reader strands that reader.</summary>
    public async ValueTask DisposeAsync()
    {
        await Feed.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
