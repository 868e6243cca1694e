using HeyGen.Internal;

namespace HeyGen;

/// <summary>v1 streaming sessions as objects: open (new + start), speak, interrupt, stop; tokens for browser-side calls.</summary>
public sealed partial class StreamingClient
{
    /// <summary>
    /// Creates a session (POST /v1/streaming.new) with the avatar, voice, quality and encoding of
    /// <paramref name="options"/> and, unless <see cref="StreamingSessionOptions.Start"/> is false, starts it
    /// (POST /v1/streaming.start). Dispose the result to stop the session: sessions are billed by duration.
    /// </summary>
    /// <exception cref="ArgumentException">The avatar or voice id is missing.</exception>
    public async Task<HeyGenStreamingSession> OpenSessionAsync(StreamingSessionOptions options, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(options, nameof(options));
        if (string.IsNullOrEmpty(options.AvatarId) || string.IsNullOrEmpty(options.VoiceId))
        {
            throw new ArgumentException("A streaming session needs both an AvatarId and a VoiceId.", nameof(options));
        }

        var request = new V1CreateStreamingSessionRequest { AvatarId = options.AvatarId, VoiceId = options.VoiceId };
        if (options.Quality is { } quality)
        {
            request.Quality = quality;
        }

        if (options.VideoEncoding is { } encoding)
        {
            request.VideoEncoding = encoding;
        }

        if (options.Version is { } version)
        {
            request.Version = version;
        }

        var created = await CreateStreamingSessionAsync(request, cancellationToken).ConfigureAwait(false);
        var session = new HeyGenStreamingSession(this, created);
        if (options.Start)
        {
            await session.StartAsync(cancellationToken).ConfigureAwait(false);
        }

        return session;
    }

    /// <summary>The account's streaming sessions (GET /v1/streaming.list).</summary>
    public async Task<IReadOnlyList<V1StreamingSessionSummary>> ListSessionsAsync(CancellationToken cancellationToken = default) =>
        (await ListStreamingSessionsAsync(cancellationToken).ConfigureAwait(false)).Sessions;

    /// <summary>
    /// Creates a session token (POST /v1/streaming.create_token) and returns a client that authenticates with it
    /// (<c>Authorization: Bearer</c>) instead of the API key: what code that must not hold the key (a browser-facing
    /// component) should use for streaming calls. It shares this client's connection and options; dispose it before
    /// this client.
    /// </summary>
    public async Task<HeyGenClient> CreateTokenClientAsync(CancellationToken cancellationToken = default)
    {
        var token = await CreateStreamingTokenAsync(cancellationToken).ConfigureAwait(false);
        var source = _transport.Options;
        var options = new HeyGenClientOptions
        {
            BaseAddress = source.BaseAddress,
            BearerToken = token.Token,
            ApiKeyEnvironmentVariable = source.ApiKeyEnvironmentVariable,
            RequestTimeout = source.RequestTimeout,
            UploadTimeout = source.UploadTimeout,
            DownloadTimeout = source.DownloadTimeout,
            Retry = source.Retry,
            UserAgent = source.UserAgent,
            TimeProvider = source.TimeProvider,
            Logger = source.Logger,
        };
        return new HeyGenClient(_transport.Http, options);
    }
}
