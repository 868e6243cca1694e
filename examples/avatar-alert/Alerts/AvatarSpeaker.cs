using HeyGen.Examples.AvatarAlert.Backend;
using Microsoft.Extensions.Options;

namespace HeyGen.Examples.AvatarAlert.Alerts;

/// <summary>
/// Speaks alerts through one v3 realtime text_stream session: the first alert starts it (its text is the seed), later
/// alerts push their text to it while it is open, and a closed session is replaced. The session's keep-alive runs
/// while alerts keep coming; <see cref="AvatarAlertOptions.LingerSeconds"/> after the last one it stops, so HeyGen
/// closes the idle session instead of billing it for the full hour.
/// </summary>
public sealed class AvatarSpeaker(AvatarBackend backend, IOptions<AvatarAlertOptions> options, ILogger<AvatarSpeaker> logger, TimeProvider clock) : IAsyncDisposable
{
    private readonly AvatarAlertOptions _options = options.Value;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private RealtimeTextSession? _session;
    private ITimer? _linger;

    /// <summary>Has the avatar speak <paramref name="text"/>.</summary>
    /// <exception cref="AvatarUnavailableException">The avatar cannot speak now; the page falls back to its dialog.</exception>
    public async Task<SpokenAlert> SayAsync(string text, CancellationToken cancellationToken)
    {
        var client = backend.Client ?? throw new AvatarUnavailableException(AvatarUnavailableException.NotConfigured, "The server has no HeyGen API key.");
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_session is { IsOpen: true } open)
            {
                try
                {
                    await open.PushAsync(text, cancellationToken);
                    ArmLinger();
                    return new SpokenAlert(open.StreamId, open.PlaybackUrl, text, Reused: true);
                }
                catch (HeyGenRealtimeSessionClosedException)
                {
                    logger.LogInformation("Realtime session {StreamId} has closed; starting a new one.", open.StreamId);
                }
                catch (HeyGenApiException ex)
                {
                    throw Unavailable(ex);
                }
            }

            await CloseSessionAsync();
            _session = await StartAsync(client, text, cancellationToken);
            ArmLinger();
            return new SpokenAlert(_session.StreamId, _session.PlaybackUrl, text, Reused: false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _linger?.Dispose();
        await CloseSessionAsync();
        _gate.Dispose();
    }

    private async Task<RealtimeTextSession> StartAsync(HeyGenClient client, string text, CancellationToken cancellationToken)
    {
        var sessionOptions = new RealtimeSessionOptions
        {
            KeepAliveInterval = _options.KeepAliveSeconds > 0 ? TimeSpan.FromSeconds(_options.KeepAliveSeconds) : null,
            ReadyTimeout = TimeSpan.FromSeconds(30),
            PollInterval = TimeSpan.FromMilliseconds(500),
        };
        try
        {
            var session = await client.AvatarRealtime.StartTextStreamAsync(_options.AvatarId, _options.VoiceId, text, sessionOptions, cancellationToken);
            logger.LogInformation("Started realtime session {StreamId}.", session.StreamId);
            return session;
        }
        catch (HeyGenRealtimeLimitException ex)
        {
            throw new AvatarUnavailableException(AvatarUnavailableException.LimitReached, "Every realtime avatar session of this HeyGen account is in use.", ex);
        }
        catch (Exception ex) when (ex is HeyGenApiException or HeyGenRealtimeSessionClosedException or TimeoutException)
        {
            throw Unavailable(ex);
        }
    }

    private AvatarUnavailableException Unavailable(Exception ex)
    {
        // The exception text never contains the key (the client redacts it), but the page only needs a short reason.
        logger.LogWarning(ex, "The avatar is unavailable.");
        return new AvatarUnavailableException(AvatarUnavailableException.Unavailable, "The avatar service did not answer as expected.", ex);
    }

    private void ArmLinger()
    {
        if (_options.LingerSeconds <= 0)
        {
            return;
        }

        _linger?.Dispose();
        var session = _session;
        _linger = clock.CreateTimer(_ => _ = session?.StopKeepAliveAsync(), null, TimeSpan.FromSeconds(_options.LingerSeconds), Timeout.InfiniteTimeSpan);
    }

    private async Task CloseSessionAsync()
    {
        if (_session is { } session)
        {
            _session = null;
            await session.DisposeAsync();
        }
    }
}
