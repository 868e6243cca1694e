using HeyGen.Internal;

namespace HeyGen;

/// <summary>Starting v3 realtime sessions in each mode and waiting until they can be played.</summary>
public sealed partial class AvatarRealtimeClient
{
    /// <summary>Starts a <c>tts</c> session that speaks <paramref name="text"/>, waits until it is ready and returns its playback URL.</summary>
    /// <exception cref="HeyGenRealtimeLimitException">The space already runs its maximum of concurrent sessions.</exception>
    /// <exception cref="HeyGenRealtimeSessionClosedException">The session closed or failed before it became ready.</exception>
    /// <exception cref="TimeoutException">It did not become ready within <see cref="RealtimeSessionOptions.ReadyTimeout"/>.</exception>
    public Task<ReadyRealtimeSession> StartTtsAsync(string avatarId, string voiceId, string text, RealtimeSessionOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(new CreateAvatarRealtimeTTS { AvatarId = Required(avatarId, nameof(avatarId)), VoiceId = Required(voiceId, nameof(voiceId)), Text = Required(text, nameof(text)) }, options, cancellationToken);

    /// <summary>
    /// Starts an <c>audio</c> session that lip-syncs to <paramref name="audio"/> (see <see cref="RealtimeAudio"/> for
    /// a URL, an asset id or inline bytes), waits until it is ready and returns its playback URL.
    /// </summary>
    /// <inheritdoc cref="StartTtsAsync" path="/exception"/>
    public Task<ReadyRealtimeSession> StartAudioAsync(string avatarId, AssetInput audio, RealtimeSessionOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(new CreateAvatarRealtimeAudio { AvatarId = Required(avatarId, nameof(avatarId)), Audio = Guard.NotNull(audio, nameof(audio)) }, options, cancellationToken);

    /// <summary>
    /// Starts a <c>text_stream</c> session seeded with <paramref name="seedText"/>, waits until it is ready and returns
    /// a <see cref="RealtimeTextSession"/> that pushes further text and keeps the session alive. Dispose it when done.
    /// </summary>
    /// <inheritdoc cref="StartTtsAsync" path="/exception"/>
    public async Task<RealtimeTextSession> StartTextStreamAsync(string avatarId, string voiceId, string seedText, RealtimeSessionOptions? options = null, CancellationToken cancellationToken = default)
    {
        var body = new CreateAvatarRealtimeTextStream { AvatarId = Required(avatarId, nameof(avatarId)), VoiceId = Required(voiceId, nameof(voiceId)), Text = Required(seedText, nameof(seedText)) };
        options ??= new RealtimeSessionOptions();

        // The server's idle timer starts with the seed text, so the keep-alive counts from before the create call.
        var seededAt = ClockOf(options).GetUtcNow();
        var stream = await StartAsync(body, options, cancellationToken).ConfigureAwait(false);
        return new RealtimeTextSession(this, stream, options, ClockOf(options), seededAt);
    }

    /// <summary>Starts a session from a request body of any mode, waits until it is ready and returns its playback URL.</summary>
    /// <inheritdoc cref="StartTtsAsync" path="/exception"/>
    public async Task<ReadyRealtimeSession> StartAsync(CreateAvatarRealtimeRequestBody body, RealtimeSessionOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(body, nameof(body));
        CreateAvatarRealtimeResponse created;
        try
        {
            created = await CreateAvatarRealtimeSessionAsync(body, cancellationToken).ConfigureAwait(false);
        }
        catch (HeyGenApiException ex) when (HeyGenRealtimeLimitException.IsLimitError(ex))
        {
            throw new HeyGenRealtimeLimitException(ex);
        }

        // No endpoint closes a v3 session: if the wait fails, a text_stream session idles out after 30 s, a tts or audio one after its speech.
        return await WaitUntilReadyAsync(created.StreamId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Polls GET /v3/avatar-realtime/{stream_id} until the session is <c>ready</c> and has a playback URL.</summary>
    /// <exception cref="HeyGenRealtimeSessionClosedException">The session is closed or failed.</exception>
    /// <exception cref="TimeoutException">It did not become ready within <see cref="RealtimeSessionOptions.ReadyTimeout"/>.</exception>
    public async Task<ReadyRealtimeSession> WaitUntilReadyAsync(string streamId, RealtimeSessionOptions? options = null, CancellationToken cancellationToken = default)
    {
        Required(streamId, nameof(streamId));
        options ??= new RealtimeSessionOptions();
        var clock = ClockOf(options);
        var started = clock.GetTimestamp();
        while (true)
        {
            var polledAt = clock.GetTimestamp();
            var session = await GetAvatarRealtimeSessionAsync(streamId, cancellationToken).ConfigureAwait(false);
            if (session.Status == AvatarRealtimeSessionStatus.Ready && session.Url is not null)
            {
                return new ReadyRealtimeSession(session);
            }

            if (session.Status == AvatarRealtimeSessionStatus.Closed || session.Status == AvatarRealtimeSessionStatus.Failed)
            {
                throw new HeyGenRealtimeSessionClosedException(streamId, session.Status.Value, "Realtime session " + streamId + " is " + session.Status.Value + " and cannot be played; start a new session.");
            }

            var elapsed = clock.GetElapsedTime(started);
            if (options.ReadyTimeout is { } timeout && elapsed >= timeout)
            {
                throw new TimeoutException("Realtime session " + streamId + " was still " + session.Status.Value + " after " + timeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " s.");
            }

            // Measured from before the poll, so a clock that moved during the request does not stretch the interval.
            await Delays.WaitAsync(clock, options.PollInterval - clock.GetElapsedTime(polledAt), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Takes over a <c>text_stream</c> session started elsewhere (for example by another process): waits until it is
    /// ready and returns a <see cref="RealtimeTextSession"/> whose keep-alive counts from now.
    /// </summary>
    /// <exception cref="ArgumentException">The session is not a text_stream session.</exception>
    /// <inheritdoc cref="WaitUntilReadyAsync" path="/exception"/>
    public async Task<RealtimeTextSession> AttachTextStreamAsync(string streamId, RealtimeSessionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new RealtimeSessionOptions();
        var stream = await WaitUntilReadyAsync(streamId, options, cancellationToken).ConfigureAwait(false);
        if (stream.Type is { } type && type != AvatarRealtimeSessionType.TextStream)
        {
            throw new ArgumentException("Realtime session " + streamId + " is a " + type.Value + " session; only text_stream sessions accept text.", nameof(streamId));
        }

        return new RealtimeTextSession(this, stream, options, ClockOf(options), ClockOf(options).GetUtcNow());
    }

    private TimeProvider ClockOf(RealtimeSessionOptions options) => options.TimeProvider ?? _transport.Clock;

    private static string Required(string value, string name) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException("'" + name + "' is required and cannot be empty.", name) : value;
}
