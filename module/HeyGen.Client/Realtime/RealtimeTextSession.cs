using HeyGen.Internal;

namespace HeyGen;

/// <summary>
/// An open v3 <c>text_stream</c> session: push text deltas in order with <see cref="PushAsync"/> while a keep-alive
/// stops HeyGen's 30-second idle timeout from closing it between messages. Dispose (or <see cref="CloseAsync"/>) when
/// done. Start one with <see cref="AvatarRealtimeClient.StartTextStreamAsync"/>.
/// </summary>
/// <remarks>
/// HeyGen's v3 API has no call that ends a realtime session: closing stops the keep-alive and this object, and the
/// server closes the session once it has been idle for 30 s (billing stops then). Pushes and keep-alives are
/// serialized, so deltas arrive in the order they were pushed.
/// </remarks>
public sealed class RealtimeTextSession : IAsyncDisposable, IDisposable
{
    private readonly AvatarRealtimeClient _client;
    private readonly TimeProvider _clock;
    private readonly string _keepAliveText;
    private readonly TimeSpan _keepAliveInterval;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly RealtimeKeepAlive? _keepAlive;
    private long _lastTextTicks;
    private int _keepAlivesSent;
    private volatile string? _closedStatus;

    internal RealtimeTextSession(AvatarRealtimeClient client, ReadyRealtimeSession ready, RealtimeSessionOptions options, TimeProvider clock, DateTimeOffset lastTextAt)
    {
        _client = client;
        Ready = ready;
        _clock = clock;
        _keepAliveText = string.IsNullOrWhiteSpace(options.KeepAliveText) ? "." : options.KeepAliveText;
        _lastTextTicks = lastTextAt.UtcTicks;
        if (options.KeepAliveInterval is { } interval && interval > TimeSpan.Zero)
        {
            _keepAliveInterval = interval;
            _keepAlive = new RealtimeKeepAlive(clock, interval, () => LastTextAt, SendKeepAliveAsync, e => KeepAlive?.Invoke(this, e));
            _keepAlive.Start();
        }
    }

    /// <summary>Raised after each keep-alive push (on a background thread), with its outcome. Do not block in the handler.</summary>
    public event EventHandler<RealtimeKeepAliveEventArgs>? KeepAlive;

    /// <summary>The ready session: id and HLS playback URL.</summary>
    public ReadyRealtimeSession Ready { get; }

    /// <summary>The session id.</summary>
    public string StreamId => Ready.StreamId;

    /// <summary>The HLS playlist to play.</summary>
    public Uri PlaybackUrl => Ready.PlaybackUrl;

    /// <summary>When text (a delta or a keep-alive) was last sent, on the session's clock.</summary>
    public DateTimeOffset LastTextAt => new(Interlocked.Read(ref _lastTextTicks), TimeSpan.Zero);

    /// <summary>Keep-alive pushes the server accepted so far.</summary>
    public int KeepAlivesSent => Volatile.Read(ref _keepAlivesSent);

    /// <summary>True while the keep-alive runs (it stops on close, when the session is gone, or by <see cref="StopKeepAliveAsync"/>).</summary>
    public bool IsKeepAliveRunning => _keepAlive?.IsRunning ?? false;

    /// <summary>False once it was closed here or the server reported the session closed.</summary>
    public bool IsOpen => _closedStatus is null;

    /// <summary>
    /// Appends a text delta; the avatar speaks it on the open stream. Deltas are sent one at a time, in call order.
    /// </summary>
    /// <exception cref="ArgumentException">The delta is empty.</exception>
    /// <exception cref="HeyGenRealtimeSessionClosedException">The session is closed (idle timeout, one-hour cap, or closed here).</exception>
    public async Task PushAsync(string delta, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(delta))
        {
            throw new ArgumentException("A text delta cannot be empty.", nameof(delta));
        }

        ThrowIfClosed();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfClosed();
            await SendAsync(delta, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reads the session from the server (status, URL, expiry); a closed or failed session marks this stream closed.</summary>
    public async Task<AvatarRealtimeSession> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var session = await _client.GetAvatarRealtimeSessionAsync(StreamId, cancellationToken).ConfigureAwait(false);
        if (session.Status == AvatarRealtimeSessionStatus.Closed || session.Status == AvatarRealtimeSessionStatus.Failed)
        {
            _closedStatus = session.Status.Value;
            await StopKeepAliveAsync().ConfigureAwait(false);
        }

        return session;
    }

    /// <summary>Stops the keep-alive but keeps the session usable: the server closes the session after 30 s without text.</summary>
    public Task StopKeepAliveAsync() => _keepAlive?.StopAsync() ?? Task.CompletedTask;

    /// <summary>
    /// Stops the keep-alive and refuses further pushes. HeyGen has no close call for v3 sessions; the server ends the
    /// session once it has been idle for its timeout.
    /// </summary>
    public async Task CloseAsync()
    {
        _closedStatus ??= "closed";
        await StopKeepAliveAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await CloseAsync().ConfigureAwait(false);
        _keepAlive?.Dispose();
        _gate.Dispose();
    }

    /// <inheritdoc />
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    public override string ToString() => StreamId + (IsOpen ? " (open) " : " (closed) ") + PlaybackUrl;

    private async Task<RealtimeKeepAliveEventArgs?> SendKeepAliveAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!IsOpen)
            {
                return new RealtimeKeepAliveEventArgs(StreamId, _clock.GetUtcNow(), new HeyGenRealtimeSessionClosedException(StreamId, _closedStatus ?? "closed", "Realtime session " + StreamId + " is closed."));
            }

            // A delta pushed while this ping waited for the gate already reset the server's idle timer.
            if (_clock.GetUtcNow() < LastTextAt + _keepAliveInterval)
            {
                return null;
            }

            var sentAt = _clock.GetUtcNow();
            try
            {
                await SendAsync(_keepAliveText, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HeyGenApiException or HeyGenRealtimeSessionClosedException)
            {
                return new RealtimeKeepAliveEventArgs(StreamId, sentAt, ex);
            }

            Interlocked.Increment(ref _keepAlivesSent);
            return new RealtimeKeepAliveEventArgs(StreamId, sentAt, null);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        // Stamped before the request: the server resets its idle timer on arrival, so this errs on the early side.
        var sentAt = _clock.GetUtcNow();
        try
        {
            await _client.PushAvatarRealtimeTextAsync(StreamId, new PushAvatarRealtimeTextRequest { Text = text }, cancellationToken).ConfigureAwait(false);
        }
        catch (HeyGenApiException ex) when (HeyGenRealtimeSessionClosedException.IsClosedError(ex))
        {
            _closedStatus = "closed";
            throw new HeyGenRealtimeSessionClosedException(StreamId, "closed", "Realtime session " + StreamId + " is closed (idle timeout or one-hour cap) and no longer accepts text; start a new session.", ex);
        }

        Interlocked.Exchange(ref _lastTextTicks, sentAt.UtcTicks);
    }

    private void ThrowIfClosed()
    {
        if (_closedStatus is { } status)
        {
            throw new HeyGenRealtimeSessionClosedException(StreamId, status, "Realtime session " + StreamId + " is " + status + "; start a new session.");
        }
    }
}
