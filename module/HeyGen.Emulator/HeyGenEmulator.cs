using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Inspection;
using HeyGen.Emulator.State;
using HeyGen.Emulator.Webhooks;

namespace HeyGen.Emulator;

/// <summary>
/// A local HeyGen-compatible server on 127.0.0.1, for tests, demos and offline development. Start it with
/// <see cref="StartAsync"/>, point a client at <see cref="BaseUrl"/> (or use <see cref="CreateClient"/>), drive its
/// clock through <see cref="EmulatorOptions.TimeProvider"/> (a <see cref="ManualTimeProvider"/> makes renders finish
/// when the test says so), inject faults with <see cref="Faults"/> and check what would have been billed with
/// <see cref="Accounting"/>. Dispose it to stop the server and release its port.
/// </summary>
/// <remarks>
/// A video whose script, prompt or title contains <see cref="FailureMarker"/> fails when its render finishes
/// (status <c>failed</c>, an <c>avatar_video.fail</c> webhook), so tests can make a failure deterministic.
/// </remarks>
public sealed class HeyGenEmulator : IAsyncDisposable
{
    /// <summary>Put this marker in a script, prompt or title to make that video fail when it finishes rendering.</summary>
    public const string FailureMarker = VideoRules.FailureMarker;

    private readonly EmulatorContext _context;
    private readonly WebApplication _app;
    private readonly StateScheduler _scheduler;
    private int _disposed;

    private HeyGenEmulator(EmulatorContext context, WebApplication app, StateScheduler scheduler)
    {
        _context = context;
        _app = app;
        _scheduler = scheduler;
    }

    /// <summary>The server's root, <c>http://127.0.0.1:&lt;port&gt;/</c>; use it as <see cref="HeyGenClientOptions.BaseAddress"/>.</summary>
    public Uri BaseUrl => _context.BaseUrl;

    /// <summary>The API key the emulator accepts.</summary>
    public string ApiKey => _context.Options.ApiKey;

    /// <summary>What a real account would have been billed and asked (creates, seconds, requests per operation).</summary>
    public EmulatorAccounting Accounting => _context.Accounting;

    /// <summary>Fault-injection rules (429 storms, 5xx, dropped connections, delays, truncated downloads).</summary>
    public FaultInjector Faults => _context.Faults;

    /// <summary>The clock every lifecycle, expiry and timeout runs on (<see cref="EmulatorOptions.TimeProvider"/>).</summary>
    public TimeProvider Clock => _context.Clock;

    /// <summary>The options the emulator was started with.</summary>
    public EmulatorOptions Options => _context.Options;

    /// <summary>Every v3 realtime session, in creation order, with the texts it received.</summary>
    public IReadOnlyList<RealtimeSessionInfo> RealtimeSessions =>
        _context.Store.Transact(now => _context.Store.Realtime.All.Select(s => RealtimeSessionInfo.From(s, now)).ToList());

    /// <summary>Every v1 streaming session, in creation order, with the texts of its tasks.</summary>
    public IReadOnlyList<StreamingSessionInfo> StreamingSessions =>
        _context.Store.Transact(_ => _context.Store.Streaming.All.Select(StreamingSessionInfo.From).ToList());

    /// <summary>Webhook deliveries attempted so far (registered endpoints and callback URLs), in order.</summary>
    public IReadOnlyList<WebhookDelivery> WebhookDeliveries => _context.Webhooks.Deliveries;

    /// <summary>Starts an emulator on 127.0.0.1 (port 0 picks a free one).</summary>
    public static async Task<HeyGenEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        options.Validate();
        var context = new EmulatorContext(options);
        WebApplication app;
        try
        {
            app = await EmulatorHost.StartAsync(context, cancellationToken);
        }
        catch
        {
            // The port was taken or the start was cancelled: stop the webhook sender that the context started.
            await context.Webhooks.DisposeAsync();
            throw;
        }

        var scheduler = new StateScheduler(context.Store, context.Clock);
        scheduler.Rearm();
        return new HeyGenEmulator(context, app, scheduler);
    }

    /// <summary>
    /// A client bound to this emulator (base URL and API key set). The client's own clock stays the system clock:
    /// its retry waits must not depend on someone advancing a manual emulator clock. Dispose the client when done.
    /// </summary>
    public HeyGenClient CreateClient(Action<HeyGenClientOptions>? configure = null)
    {
        var options = new HeyGenClientOptions { BaseAddress = BaseUrl, ApiKey = ApiKey };
        configure?.Invoke(options);
        return new HeyGenClient(options);
    }

    /// <summary>One realtime session by stream id, or null.</summary>
    public RealtimeSessionInfo? GetRealtimeSession(string streamId) =>
        _context.Store.Transact(now => _context.Store.Realtime.Find(streamId) is { } s ? RealtimeSessionInfo.From(s, now) : null);

    /// <summary>Texts a realtime session received, in order: the seed text first, then every pushed delta.</summary>
    public IReadOnlyList<string> GetRealtimeTexts(string streamId) =>
        GetRealtimeSession(streamId)?.Texts ?? throw new KeyNotFoundException("No realtime session " + streamId + ".");

    /// <summary>Waits until a webhook delivery matching <paramref name="predicate"/> has been attempted (or the token is cancelled).</summary>
    public Task<WebhookDelivery> WaitForWebhookDeliveryAsync(Func<WebhookDelivery, bool>? predicate = null, CancellationToken cancellationToken = default) =>
        _context.Webhooks.WaitForAsync(predicate ?? (_ => true), cancellationToken);

    /// <summary>Forgets every video, batch, asset, endpoint, session and delivery, clears the fault rules and zeroes the accounting.</summary>
    public void Reset() => _context.Reset();

    /// <summary>Stops the server, its timers and its webhook sender.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _scheduler.Dispose();
        await _context.Webhooks.DisposeAsync();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
