using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.Routes.Media;
using HeyGen.Emulator.State;
using HeyGen.Emulator.Videos;

namespace HeyGen.Emulator.Routes.V3;

/// <summary>
/// POST /v3/avatar-realtime, GET /v3/avatar-realtime/{stream_id}, POST /v3/avatar-realtime/{stream_id}/text.
/// Limits: <see cref="EmulatorOptions.RealtimeMaxSessions"/> open sessions (a further create is 429
/// <c>concurrency_limit_exceeded</c>), <see cref="EmulatorOptions.RealtimeIdleTimeout"/> without text closes a
/// session, <see cref="EmulatorOptions.RealtimeMaxDuration"/> caps every session. Pushed texts are recorded in order.
/// </summary>
internal sealed class AvatarRealtimeRoutes(EmulatorContext emulator)
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapOperation("POST", "/v3/avatar-realtime", "createAvatarRealtimeSession", CreateAsync);
        app.MapOperation("GET", "/v3/avatar-realtime/{stream_id}", "getAvatarRealtimeSession", GetAsync);
        app.MapOperation("POST", "/v3/avatar-realtime/{stream_id}/text", "pushAvatarRealtimeText", PushAsync);
    }

    private async Task CreateAsync(HttpContext http)
    {
        var (request, _) = await RequestBody.ReadJsonAsync(http, CreateAvatarRealtimeRequestBodyJsonConverter.ReadValue);
        var session = emulator.Store.Transact(now =>
        {
            var (kind, voiceId, text, speech) = Validate(request);
            var open = emulator.Store.Realtime.OpenSessions.ToList();
            if (open.Count >= emulator.Options.RealtimeMaxSessions)
            {
                var freesAt = open.Min(s => s.CloseDue(emulator.Options.RealtimeIdleTimeout));
                throw new ApiException(429, "concurrency_limit_exceeded",
                    "Maximum of " + emulator.Options.RealtimeMaxSessions.ToString(CultureInfo.InvariantCulture) + " concurrent avatar realtime sessions reached. Close a session and retry.",
                    retryAfterSeconds: UnixTime.SecondsUntil(now, freesAt));
            }

            var readyAt = now + emulator.Options.RealtimeStartupTime;
            var record = new RealtimeSessionRecord
            {
                Id = Ids.Uuid(),
                Kind = kind,
                AvatarId = AvatarIdOf(request),
                VoiceId = voiceId,
                CreatedAt = now,
                ReadyAt = readyAt,
                ExpiresAt = now + emulator.Options.RealtimeMaxDuration,

                // text_stream idles from the moment it can speak; tts and audio once their speech is over.
                IdleSince = readyAt + speech,
            };
            if (text is not null)
            {
                record.Texts.Add(text);
            }

            emulator.Store.Realtime.Add(record);
            return record;
        });
        await JsonResponses.V3(http, new CreateAvatarRealtimeResponse { StreamId = session.Id }, CreateAvatarRealtimeResponseJsonConverter.WriteValue, StatusCodes.Status201Created);
    }

    private Task GetAsync(HttpContext http)
    {
        var id = (string)http.Request.RouteValues["stream_id"]!;
        var view = emulator.Store.Transact(now =>
        {
            var session = Find(id);
            var status = session.StatusAt(now);
            return new AvatarRealtimeSession
            {
                StreamId = session.Id,
                Status = status,
                Url = now >= session.ReadyAt ? emulator.Urls.Public(RealtimeStreamRoutes.PlaylistPath(session.Id)) : null,
                Type = TypeOf(session.Kind),
                CreatedAt = session.CreatedAt.ToUnixTimeSeconds(),
                ExpiresAt = session.ExpiresAt.ToUnixTimeSeconds(),
                ClosedAt = session.ClosedAt?.ToUnixTimeSeconds(),
            };
        });
        return JsonResponses.V3(http, view, AvatarRealtimeSessionJsonConverter.WriteValue);
    }

    private async Task PushAsync(HttpContext http)
    {
        var id = (string)http.Request.RouteValues["stream_id"]!;
        var (request, _) = await RequestBody.ReadJsonAsync(http, PushAvatarRealtimeTextRequestJsonConverter.ReadValue);
        emulator.Store.Transact(now =>
        {
            var session = Find(id);
            if (!session.Open)
            {
                throw new ApiException(409, "session_closed", "Stream " + id + " is closed and no longer accepts text.", "stream_id");
            }

            if (session.Kind != RealtimeKind.TextStream)
            {
                throw ApiException.Invalid("stream_id", "Stream " + id + " is a " + TypeOf(session.Kind).Value + " session; only text_stream sessions accept text.");
            }

            new RequestChecks(emulator.Store).Script(request.Text, "text");
            session.Texts.Add(request.Text);
            session.IdleSince = now > session.ReadyAt ? now : session.ReadyAt;
        });
        await JsonResponses.V3(http, new PushAvatarRealtimeTextResponse { StreamId = id }, PushAvatarRealtimeTextResponseJsonConverter.WriteValue);
    }

    private (RealtimeKind Kind, string? VoiceId, string? Text, TimeSpan Speech) Validate(CreateAvatarRealtimeRequestBody request)
    {
        var checks = new RequestChecks(emulator.Store);
        switch (request)
        {
            case CreateAvatarRealtimeTTS tts:
                checks.Avatar(tts.AvatarId);
                checks.Voice(tts.VoiceId);
                checks.Script(tts.Text, "text");
                return (RealtimeKind.Tts, tts.VoiceId, tts.Text, TimeSpan.FromSeconds(VideoRules.SpeechSeconds(tts.Text)));
            case CreateAvatarRealtimeAudio audio:
                checks.Avatar(audio.AvatarId);
                checks.AssetInput(audio.Audio, "audio", "audio");
                return (RealtimeKind.Audio, null, null, TimeSpan.FromSeconds(VideoRules.AudioSeconds));
            case CreateAvatarRealtimeTextStream stream:
                checks.Avatar(stream.AvatarId);
                checks.Voice(stream.VoiceId);
                checks.Script(stream.Text, "text");
                return (RealtimeKind.TextStream, stream.VoiceId, stream.Text, TimeSpan.Zero);
            default:
                throw ApiException.Invalid("type", "Invalid 'type'. Must be one of: tts, audio, text_stream.");
        }
    }

    private static string AvatarIdOf(CreateAvatarRealtimeRequestBody request) => request switch
    {
        CreateAvatarRealtimeTTS tts => tts.AvatarId,
        CreateAvatarRealtimeAudio audio => audio.AvatarId,
        CreateAvatarRealtimeTextStream stream => stream.AvatarId,
        _ => string.Empty,
    };

    private static AvatarRealtimeSessionType TypeOf(RealtimeKind kind) => kind switch
    {
        RealtimeKind.Tts => AvatarRealtimeSessionType.Tts,
        RealtimeKind.Audio => AvatarRealtimeSessionType.Audio,
        _ => AvatarRealtimeSessionType.TextStream,
    };

    private RealtimeSessionRecord Find(string id) => emulator.Store.Realtime.Find(id) ?? throw ApiException.NotFound("Stream", "stream_id");
}
