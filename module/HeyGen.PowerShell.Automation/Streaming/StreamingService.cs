using System.Collections.Concurrent;

namespace HeyGen.Automation;

/// <summary>
/// What the v1 streaming cmdlets do. Sessions created in this PowerShell session are driven through the client's
/// <see cref="global::HeyGen.HeyGenStreamingSession"/> helper (kept in <see cref="StreamingSessionRegistry"/>); ids from
/// elsewhere go through the plain streaming calls.
/// </summary>
public sealed class StreamingService
{
    private readonly HeyGenClient _client;
    private readonly StreamingSessionRegistry _registry;

    public StreamingService(HeyGenClient client, StreamingSessionRegistry registry)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _registry = registry ?? throw new ArgumentNullException(nameof(registry));
    }

    /// <summary>POST /v1/streaming.new (not started: Start-HeyGenStreamingSession does that).</summary>
    /// <exception cref="ArgumentException">A quality or encoding HeyGen does not know.</exception>
    public async Task<HeyGenStreamingSession> CreateAsync(StreamingSessionSpec spec, CancellationToken cancellationToken)
    {
        if (spec is null)
        {
            throw new ArgumentNullException(nameof(spec));
        }

        var options = new StreamingSessionOptions
        {
            AvatarId = Required(spec.AvatarId, "AvatarId"),
            VoiceId = Required(spec.VoiceId, "VoiceId"),
            Version = spec.Version,
            Start = false,
        };
        if (spec.Quality is { Length: > 0 } quality)
        {
            options.Quality = Known(V1CreateStreamingSessionRequestQuality.KnownValues, v => v.Value, quality, "Quality");
        }

        if (spec.VideoEncoding is { Length: > 0 } encoding)
        {
            options.VideoEncoding = Known(V1CreateStreamingSessionRequestVideoEncoding.KnownValues, v => v.Value, encoding, "VideoEncoding");
        }

        var session = await _client.Streaming.OpenSessionAsync(options, cancellationToken).ConfigureAwait(false);
        var entry = new StreamingSessionRegistry.Entry(session, options.AvatarId, options.VoiceId, options.Quality?.Value, options.VideoEncoding?.Value, DateTimeOffset.UtcNow);
        _registry.Add(entry);
        return View(entry);
    }

    /// <summary>POST /v1/streaming.start.</summary>
    public async Task<HeyGenStreamingSession> StartAsync(string sessionId, CancellationToken cancellationToken)
    {
        Required(sessionId, "SessionId");
        if (_registry.Find(sessionId) is { } entry)
        {
            await entry.Session.StartAsync(cancellationToken).ConfigureAwait(false);
            return View(entry);
        }

        await _client.Streaming.StartStreamingSessionAsync(IdRequest(sessionId), cancellationToken).ConfigureAwait(false);
        return new HeyGenStreamingSession { SessionId = sessionId, Status = "started" };
    }

    /// <summary>POST /v1/streaming.task: the avatar says <paramref name="text"/> (repeat) or answers it (talk).</summary>
    /// <exception cref="ArgumentException">Empty text, or an unknown task type or mode.</exception>
    public async Task<HeyGenStreamingTask> SendTaskAsync(string sessionId, string text, string taskType, string? taskMode, CancellationToken cancellationToken)
    {
        Required(sessionId, "SessionId");
        Required(text, "Text");
        var type = Known(V1StreamingTaskRequestTaskType.KnownValues, v => v.Value, taskType, "TaskType");
        var mode = taskMode is { Length: > 0 } ? Known(V1StreamingTaskRequestTaskMode.KnownValues, v => v.Value, taskMode, "TaskMode") : (V1StreamingTaskRequestTaskMode?)null;
        V1StreamingTask task;
        if (_registry.Find(sessionId) is { } entry)
        {
            task = await entry.Session.SendTaskAsync(text, type, mode, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var request = new V1StreamingTaskRequest { SessionId = sessionId, Text = text, TaskType = type };
            if (mode is { } m)
            {
                request.TaskMode = m;
            }

            task = await _client.Streaming.SendStreamingTaskAsync(request, cancellationToken).ConfigureAwait(false);
        }

        return new HeyGenStreamingTask
        {
            SessionId = sessionId,
            TaskId = task.TaskId,
            TaskType = type.Value,
            TaskMode = mode?.Value ?? "sync",
            Text = text,
            Duration = task.DurationMs is double ms ? TimeSpan.FromMilliseconds(ms) : null,
        };
    }

    /// <summary>POST /v1/streaming.interrupt: cuts the current speech short; the session stays open.</summary>
    public async Task<HeyGenStreamingSession> InterruptAsync(string sessionId, CancellationToken cancellationToken)
    {
        Required(sessionId, "SessionId");
        if (_registry.Find(sessionId) is { } entry)
        {
            await entry.Session.InterruptAsync(cancellationToken).ConfigureAwait(false);
            return View(entry);
        }

        await _client.Streaming.InterruptStreamingSessionAsync(IdRequest(sessionId), cancellationToken).ConfigureAwait(false);
        return new HeyGenStreamingSession { SessionId = sessionId, Status = "started" };
    }

    /// <summary>POST /v1/streaming.stop.</summary>
    public async Task<HeyGenStreamingSession> StopAsync(string sessionId, CancellationToken cancellationToken)
    {
        Required(sessionId, "SessionId");
        if (_registry.Find(sessionId) is { } entry)
        {
            await entry.Session.StopAsync(cancellationToken).ConfigureAwait(false);
            _registry.Remove(sessionId);
            return View(entry);
        }

        await _client.Streaming.StopStreamingSessionAsync(IdRequest(sessionId), cancellationToken).ConfigureAwait(false);
        return new HeyGenStreamingSession { SessionId = sessionId, Status = "stopped" };
    }

    /// <summary>GET /v1/streaming.list, optionally only the given ids; details known here (avatar, quality) are filled in.</summary>
    public async Task<IReadOnlyList<HeyGenStreamingSession>> ListAsync(IReadOnlyCollection<string>? sessionIds, CancellationToken cancellationToken)
    {
        var sessions = await _client.Streaming.ListSessionsAsync(cancellationToken).ConfigureAwait(false);
        var wanted = sessionIds is { Count: > 0 } ? new HashSet<string>(sessionIds, StringComparer.Ordinal) : null;
        return sessions
            .Where(s => wanted is null || wanted.Contains(s.SessionId))
            .Select(s =>
            {
                var known = _registry.Find(s.SessionId);
                return new HeyGenStreamingSession
                {
                    SessionId = s.SessionId,
                    Status = s.Status,
                    AvatarId = known?.AvatarId,
                    VoiceId = known?.VoiceId,
                    Quality = known?.Quality,
                    VideoEncoding = known?.VideoEncoding,
                    Url = known?.Session.RoomUrl,
                    CreatedAt = s.CreatedAt is long seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : known?.CreatedAt,
                };
            })
            .ToList();
    }

    private static HeyGenStreamingSession View(StreamingSessionRegistry.Entry entry) => new()
    {
        SessionId = entry.Session.SessionId,
        Status = entry.Session.IsStopped ? "stopped" : entry.Session.IsStarted ? "started" : "new",
        AvatarId = entry.AvatarId,
        VoiceId = entry.VoiceId,
        Quality = entry.Quality,
        VideoEncoding = entry.VideoEncoding,
        Url = entry.Session.RoomUrl,
        AccessToken = entry.Session.AccessToken,
        CreatedAt = entry.CreatedAt,
    };

    private static V1StreamingSessionIdRequest IdRequest(string sessionId) => new() { SessionId = sessionId };

    /// <summary>The known value spelled like <paramref name="value"/> (PowerShell's ValidateSet ignores case; HeyGen does not).</summary>
    internal static T Known<T>(IEnumerable<T> known, Func<T, string> text, string value, string parameter)
    {
        foreach (var candidate in known)
        {
            if (string.Equals(text(candidate), value, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        throw new ArgumentException("'" + value + "' is not one of " + string.Join(", ", known.Select(text)) + ".", parameter);
    }

    private static string Required(string? value, string parameter) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("-" + parameter + " is required and cannot be empty.", parameter) : value!;
}

/// <summary>The streaming sessions one PowerShell session created, with what was asked for them.</summary>
public sealed class StreamingSessionRegistry
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    internal void Add(Entry entry) => _entries[entry.Session.SessionId] = entry;

    internal Entry? Find(string sessionId) => _entries.TryGetValue(sessionId, out var entry) ? entry : null;

    internal void Remove(string sessionId) => _entries.TryRemove(sessionId, out _);

    internal sealed record Entry(global::HeyGen.HeyGenStreamingSession Session, string AvatarId, string VoiceId, string? Quality, string? VideoEncoding, DateTimeOffset CreatedAt);
}
