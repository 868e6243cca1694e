namespace HeyGen.Automation;

/// <summary>
/// What the realtime cmdlets do, over the client's realtime helpers: start a session in any mode and wait until it
/// is ready (with a progress bar), read sessions, push text deltas with a keep-alive, and stop sessions.
/// </summary>
public sealed class RealtimeService
{
    /// <summary>Progress bar id of the wait for ready.</summary>
    public const int ReadyActivityId = 10;

    public const string ReadyActivity = "Starting a HeyGen realtime session";

    private readonly HeyGenClient _client;
    private readonly RealtimeSessionRegistry _registry;

    public RealtimeService(HeyGenClient client, RealtimeSessionRegistry registry)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _registry = registry ?? throw new ArgumentNullException(nameof(registry));
    }

    /// <summary>Time between two status polls while a session starts (tests shorten it).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Quiet time after which a keep-alive delta is pushed (HeyGen closes after 30 s; tests shorten it).</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The clock polls and keep-alives run on; null uses the client's (tests pass the emulator's manual clock).</summary>
    public TimeProvider? Clock { get; set; }

    /// <summary>Starts a session, waits until it is ready and returns it with its playback URL.</summary>
    /// <exception cref="ArgumentException">The parameters do not make a session of the chosen mode.</exception>
    /// <exception cref="HeyGenRealtimeLimitException">The account already runs its maximum of concurrent sessions.</exception>
    public async Task<HeyGenRealtimeSession> StartAsync(RealtimeStartSpec spec, OperationChannel channel, CancellationToken cancellationToken)
    {
        if (spec is null || channel is null)
        {
            throw new ArgumentNullException(spec is null ? nameof(spec) : nameof(channel));
        }

        var body = BuildBody(spec);
        var options = Options(spec.ReadyTimeout, spec.KeepAlive ? KeepAliveInterval : null);
        var mode = spec.Mode switch { RealtimeMode.Tts => "tts", RealtimeMode.Audio => "audio", _ => "text_stream" };
        var ready = await ProgressTicker.RunAsync(channel, ReadyActivityId, ReadyActivity, () => "Waiting for the " + mode + " session to be ready", async () =>
        {
            if (spec.Mode == RealtimeMode.TextStream && spec.KeepAlive)
            {
                var text = await _client.AvatarRealtime.StartTextStreamAsync(spec.AvatarId, spec.VoiceId!, spec.Text!, options, cancellationToken).ConfigureAwait(false);
                _registry.Keep(text);
                return text.Ready;
            }

            return await _client.AvatarRealtime.StartAsync(body, options, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);

        _registry.Remember(ready.StreamId, mode);
        channel.Verbose("Realtime session " + ready.StreamId + " is ready; play " + ready.PlaybackUrl + ".");
        return HeyGenRealtimeSession.From(ready.Snapshot, _registry);
    }

    /// <summary>One session as HeyGen reports it now.</summary>
    public async Task<HeyGenRealtimeSession> GetAsync(string sessionId, CancellationToken cancellationToken)
    {
        Required(sessionId, "SessionId");
        var session = await _client.AvatarRealtime.GetAvatarRealtimeSessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
        return HeyGenRealtimeSession.From(session, _registry);
    }

    /// <summary>
    /// Opens a session for a run of text pushes: the background-kept session when there is one, else the session is
    /// attached (checked ready and of mode text_stream) with a keep-alive that lasts until the lease is disposed.
    /// </summary>
    /// <exception cref="HeyGenRealtimeSessionClosedException">The session was stopped here, or HeyGen closed it.</exception>
    /// <exception cref="ArgumentException">The session is not a text_stream session.</exception>
    public async Task<RealtimeTextLease> OpenTextAsync(string sessionId, CancellationToken cancellationToken)
    {
        Required(sessionId, "Session");
        if (_registry.IsStopped(sessionId))
        {
            throw new HeyGenRealtimeSessionClosedException(sessionId, "closed", "Realtime session " + sessionId + " was stopped with Stop-HeyGenRealtimeSession and takes no more text; start a new session.");
        }

        if (_registry.Kept(sessionId) is { } kept)
        {
            return new RealtimeTextLease(kept, owned: false);
        }

        try
        {
            var attached = await _client.AvatarRealtime.AttachTextStreamAsync(sessionId, Options(null, KeepAliveInterval), cancellationToken).ConfigureAwait(false);
            return new RealtimeTextLease(attached, owned: true);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException(ex.Message.Split('(')[0].Trim() + " Start one with Start-HeyGenRealtimeSession -TextStream.", "Session", ex);
        }
    }

    /// <summary>Stops this PowerShell session's keep-alive and refuses further text; HeyGen closes the session once it idles (30 s).</summary>
    public async Task<HeyGenRealtimeSession> StopAsync(string sessionId, CancellationToken cancellationToken)
    {
        Required(sessionId, "SessionId");
        await _registry.StopAsync(sessionId).ConfigureAwait(false);
        return await GetAsync(sessionId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The request body of a tts or audio session (text_stream too, for the checks).</summary>
    /// <exception cref="ArgumentException">A parameter the mode needs is missing.</exception>
    public static CreateAvatarRealtimeRequestBody BuildBody(RealtimeStartSpec spec)
    {
        if (spec is null)
        {
            throw new ArgumentNullException(nameof(spec));
        }

        Required(spec.AvatarId, "AvatarId");
        switch (spec.Mode)
        {
            case RealtimeMode.Tts:
                return new CreateAvatarRealtimeTTS { AvatarId = spec.AvatarId, VoiceId = Required(spec.VoiceId, "VoiceId"), Text = Required(spec.Text, "Text") };
            case RealtimeMode.TextStream:
                return new CreateAvatarRealtimeTextStream { AvatarId = spec.AvatarId, VoiceId = Required(spec.VoiceId, "VoiceId"), Text = Required(spec.Text, "Text") };
            default:
                return new CreateAvatarRealtimeAudio { AvatarId = spec.AvatarId, Audio = AudioOf(spec) };
        }
    }

    private static AssetInput AudioOf(RealtimeStartSpec spec)
    {
        if (!string.IsNullOrEmpty(spec.AudioUrl))
        {
            return Uri.TryCreate(spec.AudioUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
                ? RealtimeAudio.FromUrl(url)
                : throw new ArgumentException("'" + spec.AudioUrl + "' is not an http(s) URL.", "AudioUrl");
        }

        if (!string.IsNullOrEmpty(spec.AudioAssetId))
        {
            return RealtimeAudio.FromAssetId(spec.AudioAssetId!);
        }

        if (!string.IsNullOrEmpty(spec.AudioPath))
        {
            var mediaType = MediaTypeMap.ForPath(spec.AudioPath!);
            if (!mediaType.StartsWith("audio/", StringComparison.Ordinal))
            {
                throw new ArgumentException("'" + Path.GetFileName(spec.AudioPath) + "' is not an audio file (mp3, wav, m4a or ogg).", "AudioPath");
            }

            return RealtimeAudio.FromBytes(File.ReadAllBytes(spec.AudioPath), mediaType);
        }

        if (!string.IsNullOrEmpty(spec.AudioBase64))
        {
            return RealtimeAudio.FromBase64(Required(spec.AudioMediaType, "AudioMediaType"), spec.AudioBase64!);
        }

        throw new ArgumentException("An audio session needs -AudioUrl, -AudioAssetId, -AudioPath or -AudioBase64.", "AudioUrl");
    }

    private RealtimeSessionOptions Options(TimeSpan? readyTimeout, TimeSpan? keepAlive)
    {
        var options = new RealtimeSessionOptions { PollInterval = PollInterval, KeepAliveInterval = keepAlive, TimeProvider = Clock };
        if (readyTimeout is { } timeout)
        {
            options.ReadyTimeout = timeout;
        }

        return options;
    }

    private static string Required(string? value, string parameter) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("-" + parameter + " is required here and cannot be empty.", parameter) : value!;
}
