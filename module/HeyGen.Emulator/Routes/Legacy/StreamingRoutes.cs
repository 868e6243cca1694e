using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.State;
using HeyGen.Emulator.Videos;

namespace HeyGen.Emulator.Routes.Legacy;

/// <summary>
/// The v1 Streaming (Interactive Avatar) API: create_token, new, start, task, interrupt, stop, close, list. Every
/// call but create_token also accepts the session token as <c>Authorization: Bearer</c>. Sessions time out after
/// <see cref="EmulatorOptions.StreamingIdleTimeout"/> without a call and are capped at <see cref="EmulatorOptions.StreamingMaxSessions"/>.
/// </summary>
internal sealed class StreamingRoutes(EmulatorContext emulator)
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapOperation("POST", "/v1/streaming.create_token", "createStreamingToken", CreateTokenAsync);
        app.MapOperation("POST", "/v1/streaming.new", "createStreamingSession", NewAsync, acceptsStreamingToken: true);
        app.MapOperation("POST", "/v1/streaming.start", "startStreamingSession", StartAsync, acceptsStreamingToken: true);
        app.MapOperation("POST", "/v1/streaming.task", "sendStreamingTask", TaskAsync, acceptsStreamingToken: true);
        app.MapOperation("POST", "/v1/streaming.interrupt", "interruptStreamingSession", InterruptAsync, acceptsStreamingToken: true);
        app.MapOperation("POST", "/v1/streaming.stop", "stopStreamingSession", StopAsync, acceptsStreamingToken: true);
        app.MapOperation("POST", "/v1/streaming.close", "closeStreamingSession", StopAsync, acceptsStreamingToken: true);
        app.MapOperation("GET", "/v1/streaming.list", "listStreamingSessions", ListAsync, acceptsStreamingToken: true);
    }

    private Task CreateTokenAsync(HttpContext http)
    {
        var token = emulator.Store.Transact(now => emulator.Store.Streaming.IssueToken(now));
        return JsonResponses.V1(http, new V1StreamingToken { Token = token }, V1StreamingTokenJsonConverter.WriteValue);
    }

    private async Task NewAsync(HttpContext http)
    {
        var (request, _) = await RequestBody.ReadJsonAsync(http, V1CreateStreamingSessionRequestJsonConverter.ReadValue);
        var session = emulator.Store.Transact(now =>
        {
            var checks = new RequestChecks(emulator.Store);
            checks.Avatar(request.AvatarId);
            checks.Voice(request.VoiceId);
            var open = emulator.Store.Streaming.OpenSessions.ToList();
            if (open.Count >= emulator.Options.StreamingMaxSessions)
            {
                var freesAt = open.Min(s => s.LastActivityAt) + emulator.Options.StreamingIdleTimeout;
                throw new ApiException(429, "concurrency_limit_exceeded",
                    "Maximum of " + emulator.Options.StreamingMaxSessions.ToString(CultureInfo.InvariantCulture) + " concurrent streaming sessions reached. Stop a session and retry.",
                    retryAfterSeconds: UnixTime.SecondsUntil(now, freesAt));
            }

            var record = new StreamingSessionRecord
            {
                Id = Ids.Uuid(),
                AvatarId = request.AvatarId,
                VoiceId = request.VoiceId,
                Quality = request.Quality?.Value,
                VideoEncoding = request.VideoEncoding?.Value,
                AccessToken = Ids.Hex(48),
                CreatedAt = now,
                LastActivityAt = now,
            };
            emulator.Store.Streaming.Add(record);
            return record;
        });
        var response = new V1StreamingSession
        {
            SessionId = session.Id,
            AccessToken = session.AccessToken,
            Url = new Uri("ws://" + emulator.BaseUrl.Authority + "/_media/streaming/" + session.Id),
            IceServers = [new V1IceServer { Urls = ["stun:stun.l.google.com:19302"] }],
        };
        await JsonResponses.V1(http, response, V1StreamingSessionJsonConverter.WriteValue);
    }

    private async Task StartAsync(HttpContext http)
    {
        var (request, _) = await RequestBody.ReadJsonAsync(http, V1StreamingSessionIdRequestJsonConverter.ReadValue);
        emulator.Store.Transact(now =>
        {
            var session = Open(request.SessionId, now);
            session.StartedAt ??= now;
        });
        await Ack(http);
    }

    private async Task TaskAsync(HttpContext http)
    {
        var (request, _) = await RequestBody.ReadJsonAsync(http, V1StreamingTaskRequestJsonConverter.ReadValue);
        if (!request.TaskType.IsKnown)
        {
            throw ApiException.Invalid("task_type", "Invalid 'task_type'. Must be one of: talk, repeat.");
        }

        if (request.TaskMode is { IsKnown: false })
        {
            throw ApiException.Invalid("task_mode", "Invalid 'task_mode'. Must be one of: sync, async.");
        }

        new RequestChecks(emulator.Store).Script(request.Text, "text");
        emulator.Store.Transact(now =>
        {
            var session = Started(request.SessionId, now);
            session.Texts.Add(request.Text);
        });
        var task = new V1StreamingTask { TaskId = Ids.Hex(), DurationMs = VideoRules.SpeechSeconds(request.Text) * 1000 };
        await JsonResponses.V1(http, task, V1StreamingTaskJsonConverter.WriteValue);
    }

    private async Task InterruptAsync(HttpContext http)
    {
        var (request, _) = await RequestBody.ReadJsonAsync(http, V1StreamingSessionIdRequestJsonConverter.ReadValue);
        emulator.Store.Transact(now => Started(request.SessionId, now).Interruptions++);
        await Ack(http);
    }

    private async Task StopAsync(HttpContext http)
    {
        var (request, _) = await RequestBody.ReadJsonAsync(http, V1StreamingSessionIdRequestJsonConverter.ReadValue);
        emulator.Store.Transact(now => emulator.Store.CloseStreaming(Open(request.SessionId, now), now));
        await Ack(http);
    }

    private Task ListAsync(HttpContext http)
    {
        var list = emulator.Store.Transact(_ => new V1StreamingSessionList
        {
            Sessions = emulator.Store.Streaming.OpenSessions
                .Select(s => new V1StreamingSessionSummary { SessionId = s.Id, Status = s.Status, CreatedAt = s.CreatedAt.ToUnixTimeSeconds() })
                .ToList(),
        });
        return JsonResponses.V1(http, list, V1StreamingSessionListJsonConverter.WriteValue);
    }

    /// <summary>An open session; addressing it counts as activity (it resets the inactivity timeout).</summary>
    private StreamingSessionRecord Open(string id, DateTimeOffset now)
    {
        var session = emulator.Store.Streaming.Find(id) ?? throw ApiException.NotFound("Session", "session_id");
        if (!session.Open)
        {
            throw new ApiException(400, "session_closed", "Session " + id + " is closed; create a new one with POST /v1/streaming.new.", "session_id");
        }

        session.LastActivityAt = now;
        return session;
    }

    private StreamingSessionRecord Started(string id, DateTimeOffset now)
    {
        var session = Open(id, now);
        return session.StartedAt is not null
            ? session
            : throw new ApiException(400, "session_state_invalid", "Session " + id + " has not been started; call POST /v1/streaming.start first.", "session_id");
    }

    /// <summary>The acknowledgement of start/interrupt/stop/close: <c>data</c> is null, as in the spec's V1StreamingAck example.</summary>
    private static Task Ack(HttpContext http) => JsonResponses.V1Raw(http, writeData: null);
}
