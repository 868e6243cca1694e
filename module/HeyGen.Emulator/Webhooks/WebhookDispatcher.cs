using System.Threading.Channels;
using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.State;
using HeyGen.Emulator.Videos;
using HeyGen.Emulator.Infrastructure;

namespace HeyGen.Emulator.Webhooks;

/// <summary>
/// Turns state transitions into webhook deliveries. Transitions happen under the store's lock, so this only
/// decides what to send and queues it; one background loop POSTs the queue in order (real time, not the emulator
/// clock), retrying a failed delivery twice, and records every delivery for <see cref="HeyGenEmulator.WebhookDeliveries"/>.
/// </summary>
internal sealed class WebhookDispatcher : IStateEvents, IAsyncDisposable
{
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500)];

    private readonly EmulatorContext _emulator;
    private readonly VideoViews _views;
    private readonly Channel<Outgoing> _queue = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) }) { Timeout = TimeSpan.FromSeconds(10) };
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _gate = new();
    private readonly List<WebhookDelivery> _deliveries = [];
    private readonly List<(Func<WebhookDelivery, bool> Predicate, TaskCompletionSource<WebhookDelivery> Completion)> _waiters = [];
    private readonly Task _loop;
    private long _sequence;

    public WebhookDispatcher(EmulatorContext emulator)
    {
        _emulator = emulator;
        _views = new VideoViews(emulator.Urls);
        _loop = Task.Run(RunAsync);
    }

    public IReadOnlyList<WebhookDelivery> Deliveries
    {
        get
        {
            lock (_gate)
            {
                return [.. _deliveries];
            }
        }
    }

    public void VideoTerminal(VideoRecord video, DateTimeOffset at)
    {
        if (!_emulator.Options.DeliverWebhooks || video.Deleted)
        {
            return;
        }

        if (video.Failed)
        {
            Fan(WebhookEventTypes.VideoFail, WebhookPayloads.VideoFailed(video, VideoViews.FailureMessage), video.Draft.CallbackUrl, video.Id);
            return;
        }

        var url = _views.Url(video, VideoFileKind.Video, at)!;
        var gif = _views.Url(video, VideoFileKind.Gif, at);
        Fan(WebhookEventTypes.VideoSuccess, WebhookPayloads.VideoSucceeded(video, url, gif), video.Draft.CallbackUrl, video.Id);
        Fan(WebhookEventTypes.GifSuccess, WebhookPayloads.GifSucceeded(video, gif), callbackUrl: null, video.Id, onlyExplicit: true);
    }

    public void BatchFinished(BatchRecord batch, DateTimeOffset at)
    {
        if (!_emulator.Options.DeliverWebhooks)
        {
            return;
        }

        var statuses = batch.Items.Select(item => BatchViews.ItemStatus(item, _emulator.Store.Videos, at)).ToList();
        var counts = statuses.GroupBy(s => s.Value).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var body = WebhookPayloads.BatchFinished(batch, BatchViews.Aggregate(statuses).Value, counts);
        Fan(WebhookEventTypes.BatchFinished, body, batch.CallbackUrl, videoId: null, onlyExplicit: true);
    }

    public Task<WebhookDelivery> WaitForAsync(Func<WebhookDelivery, bool> predicate, CancellationToken cancellationToken)
    {
        TaskCompletionSource<WebhookDelivery> completion;
        lock (_gate)
        {
            if (_deliveries.FirstOrDefault(predicate) is { } delivered)
            {
                return Task.FromResult(delivered);
            }

            completion = new TaskCompletionSource<WebhookDelivery>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((predicate, completion));
        }

        return completion.Task.WaitAsync(cancellationToken);
    }

    public void Reset()
    {
        lock (_gate)
        {
            _deliveries.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopping abandons what is still queued.
        }

        _http.Dispose();
        _stopping.Dispose();
    }

    /// <summary>
    /// Queues one event for every endpoint subscribed to it, and for the creator's callback URL (unless an endpoint
    /// already covers that URL). Endpoints sign with their secret; callback URLs are signed only when
    /// <see cref="EmulatorOptions.CallbackSigningSecret"/> is set (HeyGen signs registered endpoints only).
    /// </summary>
    private void Fan(string eventType, byte[] body, Uri? callbackUrl, string? videoId, bool onlyExplicit = false)
    {
        var endpoints = _emulator.Store.WebhookEndpoints.All.Where(e => e.Subscribes(eventType, onlyExplicit)).ToList();
        foreach (var endpoint in endpoints)
        {
            _queue.Writer.TryWrite(new Outgoing(eventType, endpoint.Url, endpoint.Id, body, HeyGenWebhookSignature.Compute(body, endpoint.Secret), videoId));
        }

        if (callbackUrl is not null && !endpoints.Any(e => e.Url == callbackUrl))
        {
            var secret = _emulator.Options.CallbackSigningSecret;
            _queue.Writer.TryWrite(new Outgoing(eventType, callbackUrl, null, body, secret is null ? null : HeyGenWebhookSignature.Compute(body, secret), videoId));
        }
    }

    private async Task RunAsync()
    {
        await foreach (var outgoing in _queue.Reader.ReadAllAsync(_stopping.Token))
        {
            var (status, attempts) = await SendAsync(outgoing);
            Record(new WebhookDelivery(Interlocked.Increment(ref _sequence), outgoing.EventType, outgoing.Url, outgoing.EndpointId, Encoding.UTF8.GetString(outgoing.Body), outgoing.Signature, status, attempts, outgoing.VideoId));
        }
    }

    private async Task<(int? Status, int Attempts)> SendAsync(Outgoing outgoing)
    {
        int? status = null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, outgoing.Url) { Content = new ByteArrayContent(outgoing.Body) };
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                if (outgoing.Signature is not null)
                {
                    request.Headers.TryAddWithoutValidation(HeyGenWebhookSignature.HeaderName, outgoing.Signature);
                }

                using var response = await _http.SendAsync(request, _stopping.Token);
                status = (int)response.StatusCode;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !_stopping.IsCancellationRequested)
            {
                status = null;
                EmulatorLog.WebhookFailed(_emulator.Logger, outgoing.EventType, outgoing.Url, ex.Message);
            }

            var succeeded = status is >= 200 and <= 299;
            _emulator.Accounting.RecordWebhook(succeeded);
            if (succeeded || attempt > RetryDelays.Length)
            {
                return (status, attempt);
            }

            await Task.Delay(RetryDelays[attempt - 1], _stopping.Token);
        }
    }

    private void Record(WebhookDelivery delivery)
    {
        List<TaskCompletionSource<WebhookDelivery>> ready = [];
        lock (_gate)
        {
            _deliveries.Add(delivery);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Predicate(delivery))
                {
                    ready.Add(_waiters[i].Completion);
                    _waiters.RemoveAt(i);
                }
            }
        }

        foreach (var completion in ready)
        {
            completion.TrySetResult(delivery);
        }
    }

    private sealed record Outgoing(string EventType, Uri Url, string? EndpointId, byte[] Body, string? Signature, string? VideoId);
}
