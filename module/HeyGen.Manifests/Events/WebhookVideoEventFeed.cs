namespace HeyGen.Manifests.Events;

/// <summary>
/// Feeds a renderer from webhooks: reads verified events (for example <see cref="HeyGenWebhookReceiver.ReadEventsAsync"/>),
/// keeps the video ones and writes them to <see cref="Events"/>, which goes into
/// <see cref="Rendering.RenderOptions.VideoEvents"/>. The feed owns no listener: the caller starts and stops the
/// receiver. When the event stream ends (the receiver stopped) or fails, <see cref="Events"/> ends too and the
/// renderer goes back to polling. Dispose the feed before the receiver: the feed then stops reading first.
/// </summary>
/// <example>
/// <code>
/// await using var receiver = HeyGenWebhookReceiver.Start(WebhookListenPrefix.Parse("http://127.0.0.1:8085/", secret));
/// await using var feed = WebhookVideoEventFeed.Start(receiver); // disposed first, as declared last
/// var options = new RenderOptions { VideoEvents = feed.Events };
/// </code>
/// </example>
public sealed class WebhookVideoEventFeed : IAsyncDisposable
{
    private readonly VideoEventChannel _queue = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;
    private int _forwarded;
    private int _ignored;
    private int _disposed;

    private WebhookVideoEventFeed(IAsyncEnumerable<WebhookEvent> webhookEvents)
    {
        _pump = Task.Run(() => PumpAsync(webhookEvents));
    }

    /// <summary>The video events, for <see cref="Rendering.RenderOptions.VideoEvents"/>.</summary>
    public IVideoEventSource Events => _queue;

    /// <summary>Video events passed on so far.</summary>
    public int Forwarded => Volatile.Read(ref _forwarded);

    /// <summary>Webhook events that were not about a video's outcome (GIF previews, batches, ...), dropped.</summary>
    public int Ignored => Volatile.Read(ref _ignored);

    /// <summary>Why the event stream ended, if it failed; null while it runs or when it ended normally.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>Completes when the event stream has ended and <see cref="Events"/> is completed.</summary>
    public Task Completion => _pump;

    /// <summary>Starts reading <paramref name="webhookEvents"/> (already verified: the feed does not check signatures).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="webhookEvents"/> is null.</exception>
    public static WebhookVideoEventFeed Start(IAsyncEnumerable<WebhookEvent> webhookEvents) =>
        new(webhookEvents ?? throw new ArgumentNullException(nameof(webhookEvents)));

    /// <summary>Starts reading a receiver's verified events (the receiver keeps refusing unsigned and altered deliveries).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="receiver"/> is null.</exception>
    public static WebhookVideoEventFeed Start(HeyGenWebhookReceiver receiver) =>
        Start((receiver ?? throw new ArgumentNullException(nameof(receiver))).ReadEventsAsync());

    /// <summary>Stops reading and ends <see cref="Events"/>; events already passed on stay readable.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _stop.Cancel();
        await _pump.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task PumpAsync(IAsyncEnumerable<WebhookEvent> webhookEvents)
    {
        try
        {
            await foreach (var webhookEvent in webhookEvents.WithCancellation(_stop.Token).ConfigureAwait(false))
            {
                if (WebhookVideoEvents.From(webhookEvent) is { } videoEvent && _queue.TryWrite(videoEvent))
                {
                    Interlocked.Increment(ref _forwarded);
                }
                else
                {
                    Interlocked.Increment(ref _ignored);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Disposed.
        }
#pragma warning disable CA1031 // Any failure of the source ends the feed; the renderer falls back to polling.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Failure = ex;
        }
        finally
        {
            _queue.Complete();
        }
    }
}
