using HeyGen.Emulator.Infrastructure;

namespace HeyGen.Emulator.State;

/// <summary>
/// All mutable state behind one lock, and the rules that move it along the clock. Every request runs as a
/// <see cref="Transact{T}"/>: the state is first brought up to the current time (processing each due
/// transition in time order, so a job slot freed at 10:00:05 is taken by a queued batch item at 10:00:05 even
/// if nobody asked until 10:07), then the handler reads or changes it. A timer (<see cref="StateScheduler"/>)
/// does the same at the next due time, so webhooks fire without requests.
/// </summary>
internal sealed class EmulatorStore
{
    private readonly object _gate = new();
    private readonly EmulatorOptions _options;
    private readonly TimeProvider _clock;
    private readonly EmulatorAccounting _accounting;
    private IStateEvents? _events;

    public EmulatorStore(EmulatorOptions options, EmulatorAccounting accounting)
    {
        _options = options;
        _clock = options.TimeProvider;
        _accounting = accounting;
    }

    /// <summary>Raised after every transaction, outside the lock: the scheduler re-arms its timer.</summary>
    public event Action? Changed;

    public EmulatorOptions Options => _options;

    public VideoStore Videos { get; } = new();

    public BatchStore Batches { get; } = new();

    public AssetStore Assets { get; } = new();

    public WebhookEndpointStore WebhookEndpoints { get; } = new();

    public RealtimeStore Realtime { get; } = new();

    public StreamingStore Streaming { get; } = new();

    public PhotoAvatarStore PhotoAvatars { get; } = new();

    public void Attach(IStateEvents events) => _events = events;

    /// <summary>Runs <paramref name="action"/> on up-to-date state under the lock.</summary>
    public T Transact<T>(Func<DateTimeOffset, T> action)
    {
        try
        {
            lock (_gate)
            {
                var now = _clock.GetUtcNow();
                Advance(now);
                return action(now);
            }
        }
        finally
        {
            Changed?.Invoke();
        }
    }

    public void Transact(Action<DateTimeOffset> action) => Transact(now =>
    {
        action(now);
        return 0;
    });

    /// <summary>The next instant at which something happens on its own (a video finishes, a session idles out, ...).</summary>
    public DateTimeOffset? NextDue()
    {
        lock (_gate)
        {
            DateTimeOffset? next = Videos.EarliestRunning()?.CompletesAt;
            foreach (var session in Realtime.OpenSessions)
            {
                next = Min(next, session.CloseDue(_options.RealtimeIdleTimeout));
            }

            foreach (var session in Streaming.OpenSessions)
            {
                next = Min(next, session.LastActivityAt + _options.StreamingIdleTimeout);
            }

            return Min(next, PhotoAvatars.NextDue());
        }
    }

    /// <summary>Creates a video now if a job slot is free; otherwise 429 with the seconds until the earliest running job finishes.</summary>
    public VideoRecord StartVideo(VideoDraft draft, DateTimeOffset now)
    {
        if (Videos.RunningCount >= _options.ConcurrentJobLimit)
        {
            var earliest = Videos.EarliestRunning()!;
            throw ApiException.RateLimited(
                UnixTime.SecondsUntil(now, earliest.CompletesAt),
                "Too many concurrent video jobs (limit " + _options.ConcurrentJobLimit.ToString(CultureInfo.InvariantCulture) + "). Retry after the duration specified in the Retry-After header.");
        }

        return Create(draft, now, null, null);
    }

    /// <summary>Accepts a batch: as many items as there are free job slots start now, the rest stay queued.</summary>
    public BatchRecord SubmitBatch(IReadOnlyList<BatchItem> items, string? title, Uri? callbackUrl, string? idempotencyKey, string bodyHash, DateTimeOffset now)
    {
        var batch = Batches.Add(items, title, callbackUrl, idempotencyKey, bodyHash, now);
        Promote(now);
        return batch;
    }

    public void DeleteVideo(VideoRecord video, DateTimeOffset now)
    {
        video.Deleted = true;
        Promote(now);
    }

    public void Reset()
    {
        lock (_gate)
        {
            Videos.Clear();
            Batches.Clear();
            Assets.Clear();
            WebhookEndpoints.Clear();
            Realtime.Clear();
            Streaming.Clear();
            PhotoAvatars.Clear();
        }

        Changed?.Invoke();
    }

    private VideoRecord Create(VideoDraft draft, DateTimeOffset at, string? batchId, int? itemIndex)
    {
        var video = Videos.Add(draft, at, _options.QueueTime, _options.ProcessingTime, batchId, itemIndex);
        _accounting.RecordCreate(draft.RequestHash);
        return video;
    }

    /// <summary>Gives free job slots to queued batch items, in submission order; their videos start at <paramref name="at"/>.</summary>
    private void Promote(DateTimeOffset at)
    {
        var free = _options.ConcurrentJobLimit - Videos.RunningCount;
        if (free <= 0)
        {
            return;
        }

        foreach (var (batch, item) in Batches.Queued().Take(free).ToList())
        {
            item.VideoId = Create(item.Draft!, at, batch.Id, item.Index).Id;
        }
    }

    private void Advance(DateTimeOffset now)
    {
        // Videos in completion order; each completion frees a slot that a queued batch item takes at that instant.
        while (Videos.EarliestRunning() is { } video && video.CompletesAt <= now)
        {
            video.Terminal = true;
            _accounting.RecordVideoTerminal(!video.Failed, video.Draft.Duration, billed: !video.Draft.Test);
            _events?.VideoTerminal(video, video.CompletesAt);
            Promote(video.CompletesAt);
        }

        Promote(now);
        NotifyFinishedBatches();
        CloseRealtimeSessions(now);
        CloseStreamingSessions(now);
        PhotoAvatars.Advance(now);
    }

    private void NotifyFinishedBatches()
    {
        foreach (var batch in Batches.All)
        {
            if (batch.FinishedNotified)
            {
                continue;
            }

            var finishedAt = batch.CreatedAt;
            var finished = true;
            foreach (var item in batch.Items)
            {
                if (item.Draft is null)
                {
                    continue;
                }

                if (item.VideoId is null || Videos.FindAny(item.VideoId) is not { } video || (!video.Terminal && !video.Deleted))
                {
                    finished = false;
                    break;
                }

                finishedAt = video.CompletesAt > finishedAt ? video.CompletesAt : finishedAt;
            }

            if (finished)
            {
                batch.FinishedNotified = true;
                if (batch.CallbackUrl is not null)
                {
                    _events?.BatchFinished(batch, finishedAt);
                }
            }
        }
    }

    private void CloseRealtimeSessions(DateTimeOffset now)
    {
        foreach (var session in Realtime.OpenSessions.ToList())
        {
            var due = session.CloseDue(_options.RealtimeIdleTimeout);
            if (due <= now)
            {
                CloseRealtime(session, due);
            }
        }
    }

    public void CloseRealtime(RealtimeSessionRecord session, DateTimeOffset at)
    {
        session.ClosedAt = at;
        _accounting.RecordRealtime(Math.Ceiling((at - session.CreatedAt).TotalSeconds));
    }

    private void CloseStreamingSessions(DateTimeOffset now)
    {
        foreach (var session in Streaming.OpenSessions.ToList())
        {
            var due = session.LastActivityAt + _options.StreamingIdleTimeout;
            if (due <= now)
            {
                CloseStreaming(session, due);
            }
        }
    }

    public void CloseStreaming(StreamingSessionRecord session, DateTimeOffset at)
    {
        session.ClosedAt = at;
        _accounting.RecordStreaming(Math.Ceiling((at - session.CreatedAt).TotalSeconds));
    }

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
