namespace HeyGen.Emulator.Tests.Infrastructure;

/// <summary>
/// A client-side clock tied to the emulator's <see cref="ManualTimeProvider"/>: every timer the client creates
/// (Task.Delay for backoff, Retry-After and polling) moves the emulator's clock forward by its due time at once.
/// Waiting therefore costs no real time, and the requested waits are recorded for assertions.
/// </summary>
internal sealed class AutoAdvancingClock(ManualTimeProvider inner) : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<TimeSpan> _waits = [];

    /// <summary>Every wait the client asked for, in order.</summary>
    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_gate)
            {
                return [.. _waits];
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, inner.CreateTimer(callback, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        timer.Change(dueTime, period);
        return timer;
    }

    private void Due(TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        lock (_gate)
        {
            _waits.Add(dueTime);
        }

        // Off the caller's stack: the callback may complete the very task the caller is about to await.
        ThreadPool.UnsafeQueueUserWorkItem(static s => s.Clock.Advance(s.Due), (Clock: inner, Due: dueTime < TimeSpan.Zero ? TimeSpan.Zero : dueTime), preferLocal: false);
    }

    private sealed class Timer(AutoAdvancingClock owner, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = inner.Change(dueTime, period);
            owner.Due(dueTime);
            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
