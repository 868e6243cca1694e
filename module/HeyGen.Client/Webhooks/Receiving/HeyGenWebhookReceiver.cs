using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using HeyGen.Internal;

namespace HeyGen;

/// <summary>
/// A small HTTP listener for scripts and tools that want HeyGen's webhook events without a web server: it accepts
/// POSTs on one path, verifies each delivery's <c>Signature</c> with <see cref="HeyGenWebhookSignature"/>, answers
/// 401 to anything unsigned or altered, and hands out the verified deliveries as typed <see cref="WebhookEvent"/>s.
/// </summary>
/// <example>
/// <code>
/// await using var receiver = HeyGenWebhookReceiver.Start(new HeyGenWebhookReceiverOptions { Port = 8080, Secret = secret });
/// await foreach (var e in receiver.ReadEventsAsync(ct)) { ... }
/// </code>
/// </example>
public sealed class HeyGenWebhookReceiver : IAsyncDisposable, IDisposable
{
    private readonly HeyGenWebhookReceiverOptions _options;
    private readonly AsyncQueue<WebhookEvent> _events = new();
    private readonly List<WebhookRejection> _rejections = new();
    private readonly string _path;
    private HttpListener? _listener;
    private Task _acceptLoop = Task.CompletedTask;

    private volatile string _secret;

    /// <summary>Prepares a receiver; <see cref="Start()"/> opens the port.</summary>
    /// <exception cref="ArgumentException">The port is out of range.</exception>
    public HeyGenWebhookReceiver(HeyGenWebhookReceiverOptions options)
    {
        _options = Guard.NotNull(options, nameof(options));
        _secret = options.Secret ?? string.Empty;
        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentException("The port must be between 0 (pick a free one) and 65535.", nameof(options));
        }

        _path = "/" + (options.Path ?? string.Empty).Trim('/') + "/";
        _path = _path == "//" ? "/" : _path;
    }

    /// <summary>Raised (on the listener's thread) for every delivery that was refused.</summary>
    public event EventHandler<WebhookRejection>? Rejected;

    /// <summary>
    /// The endpoint's signing secret. It can be set after <see cref="Start()"/>: start the receiver, register
    /// <see cref="Url"/> with HeyGen, then set the secret HeyGen returned. Until it is set, every delivery is refused.
    /// </summary>
    /// <exception cref="ArgumentException">The secret is empty.</exception>
    public string Secret
    {
        get => _secret;
        set => _secret = string.IsNullOrEmpty(value) ? throw new ArgumentException("The signing secret cannot be empty.", nameof(value)) : value;
    }

    /// <summary>The URL to register as the webhook endpoint (once started).</summary>
    public Uri Url { get; private set; } = new("http://localhost/");

    /// <summary>True between <see cref="Start()"/> and <see cref="StopAsync"/>.</summary>
    public bool IsListening => _listener?.IsListening ?? false;

    /// <summary>Deliveries refused so far, in arrival order.</summary>
    public IReadOnlyList<WebhookRejection> Rejections
    {
        get
        {
            lock (_rejections)
            {
                return _rejections.ToArray();
            }
        }
    }

    /// <summary>Creates a receiver and starts listening.</summary>
    public static HeyGenWebhookReceiver Start(HeyGenWebhookReceiverOptions options)
    {
        var receiver = new HeyGenWebhookReceiver(options);
        receiver.Start();
        return receiver;
    }

    /// <summary>Opens the port and starts accepting deliveries.</summary>
    /// <exception cref="HttpListenerException">The port is taken or may not be used.</exception>
    public void Start()
    {
        if (_listener is not null)
        {
            throw new InvalidOperationException("The receiver is already started.");
        }

        // Port 0 means "any free port", which HttpListener cannot do itself; a port found free can be taken by
        // someone else before the listener binds it, so try a few.
        for (var attempt = 1; ; attempt++)
        {
            var port = _options.Port == 0 ? FreePort() : _options.Port;
            var listener = new HttpListener();
            // The whole port, not just the path: this receiver answers every other path itself (after draining the
            // body), whereas HttpListener's own 404 for a foreign path can upset the next request on that connection.
            listener.Prefixes.Add("http://" + _options.Host + ":" + port.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/");
            try
            {
                listener.Start();
            }
            catch (HttpListenerException) when (_options.Port == 0 && attempt < 5)
            {
                listener.Close();
                continue;
            }

            _listener = listener;
            var host = _options.Host is "+" or "*" ? "localhost" : _options.Host;
            Url = new Uri("http://" + host + ":" + port.ToString(System.Globalization.CultureInfo.InvariantCulture) + _path);
            _acceptLoop = Task.Run(() => AcceptAsync(listener));
            return;
        }
    }

    /// <summary>
    /// Verified events as they arrive, until <paramref name="cancellationToken"/> is cancelled or the receiver stops.
    /// Each event is handed out once, to one reader.
    /// </summary>
    public async IAsyncEnumerable<WebhookEvent> ReadEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var (found, item) = await _events.TryDequeueAsync(cancellationToken).ConfigureAwait(false);
            if (!found)
            {
                yield break;
            }

            yield return item!;
        }
    }

    /// <summary>Waits for the next verified event that matches <paramref name="predicate"/>; events that do not match are consumed.</summary>
    /// <exception cref="OperationCanceledException">Cancelled before a matching event arrived.</exception>
    /// <exception cref="InvalidOperationException">The receiver stopped before a matching event arrived.</exception>
    public async Task<WebhookEvent> WaitForEventAsync(Func<WebhookEvent, bool>? predicate = null, CancellationToken cancellationToken = default)
    {
        await foreach (var item in ReadEventsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (predicate is null || predicate(item))
            {
                return item;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        throw new InvalidOperationException("The webhook receiver stopped before a matching event arrived.");
    }

    /// <summary>Closes the port; readers get the events already received, then their enumeration ends.</summary>
    public async Task StopAsync()
    {
        var listener = _listener;
        if (listener is null)
        {
            _events.Complete();
            return;
        }

        if (listener.IsListening)
        {
            listener.Stop();
        }

        await _acceptLoop.ConfigureAwait(false);
        listener.Close();
        _events.Complete();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _events.Dispose();
    }

    /// <inheritdoc />
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        try
        {
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        finally
        {
            probe.Stop();
        }
    }

    private async Task AcceptAsync(HttpListener listener)
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // Stopped.
            }

            // One delivery at a time keeps events in arrival order.
            await HandleAsync(context).ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        try
        {
            // Read (or refuse) the body before anything else: a response sent while the body is still unread leaves
            // those bytes on a kept-alive connection, where they would garble the sender's next request.
            var body = await ReadBodyAsync(request).ConfigureAwait(false);
            if (body is null)
            {
                response.KeepAlive = false;
                Reject(context, 413, "The body is larger than " + _options.MaxBodyBytes + " bytes.");
                return;
            }

            if (!string.Equals(request.Url?.AbsolutePath.TrimEnd('/') + "/", _path, StringComparison.Ordinal))
            {
                Reject(context, 404, "No webhook endpoint at " + request.Url?.AbsolutePath + ".");
                return;
            }

            if (!string.Equals(request.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
            {
                response.AddHeader("Allow", "POST");
                Reject(context, 405, "Webhook deliveries are POST requests, not " + request.HttpMethod + ".");
                return;
            }

            var signature = request.Headers[HeyGenWebhookSignature.HeaderName];
            if (string.IsNullOrWhiteSpace(signature))
            {
                Reject(context, 401, "The delivery has no " + HeyGenWebhookSignature.HeaderName + " header.");
                return;
            }

            var secret = _secret;
            if (secret.Length == 0)
            {
                Reject(context, 401, "The receiver has no signing secret yet, so it cannot verify the delivery.");
                return;
            }

            if (!HeyGenWebhookSignature.IsValid(body, signature, secret))
            {
                Reject(context, 401, "The " + HeyGenWebhookSignature.HeaderName + " header does not match the body: altered, or signed with another secret.");
                return;
            }

            WebhookEvent webhookEvent;
            try
            {
                webhookEvent = HeyGenWebhookReader.Read(body);
            }
            catch (HeyGenWebhookException ex)
            {
                Reject(context, 400, ex.Message);
                return;
            }

            response.StatusCode = 200;
            _events.Enqueue(webhookEvent);
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The sender went away mid-request, or the receiver is stopping; HeyGen retries unacknowledged deliveries.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                // The connection is already gone.
            }
        }
    }

    private async Task<byte[]?> ReadBodyAsync(HttpListenerRequest request)
    {
        if (request.ContentLength64 > _options.MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
#if NET
        while ((read = await request.InputStream.ReadAsync(chunk.AsMemory()).ConfigureAwait(false)) > 0)
#else
        while ((read = await request.InputStream.ReadAsync(chunk, 0, chunk.Length).ConfigureAwait(false)) > 0)
#endif
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxBodyBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private void Reject(HttpListenerContext context, int statusCode, string reason)
    {
        context.Response.StatusCode = statusCode;
        var rejection = new WebhookRejection(DateTimeOffset.UtcNow, statusCode, reason, context.Request.RemoteEndPoint?.Address.ToString());
        lock (_rejections)
        {
            _rejections.Add(rejection);
        }

        Rejected?.Invoke(this, rejection);
    }
}
