namespace HeyGen.Emulator;

/// <summary>
/// A clock that moves only when told to. Timers created from it (including <c>Task.Delay(d, provider)</c> and the
/// emulator's own schedule) fire when <see cref="Advance"/> or <see cref="SetUtcNow"/> moves the clock past their
/// due time, in due-time order, with the clock set to each timer's due time while its callback runs. A ten-minute
/// render therefore completes in microseconds of test time, deterministically.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    /// <summary>The default starting instant: a fixed date, so ids, timestamps and expiries are reproducible.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly TimeZoneInfo _zone;
    private DateTimeOffset _now;
    private long _sequence;

    /// <summary>Creates a clock that starts at <paramref name="start"/> (default <see cref="DefaultStart"/>).</summary>
    public ManualTimeProvider(DateTimeOffset? start = null, TimeZoneInfo? localTimeZone = null)
    {
        _now = (start ?? DefaultStart).ToUniversalTime();
        _zone = localTimeZone ?? TimeZoneInfo.Utc;
    }

    /// <inheritdoc/>
    public override TimeZoneInfo LocalTimeZone => _zone;

    /// <summary>Timestamps are the clock's ticks, so <c>GetElapsedTime</c> measures clock time, not real time.</summary>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <inheritdoc/>
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Moves the clock forward, firing every timer that falls due on the way.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + delta;
        }

        MoveTo(target);
    }

    /// <summary>Sets the clock to <paramref name="value"/> (never backwards), firing the timers due by then.</summary>
    public void SetUtcNow(DateTimeOffset value)
    {
        lock (_gate)
        {
            if (value < _now)
            {
                throw new ArgumentOutOfRangeException(nameof(value), "The clock cannot move backwards.");
            }
        }

        MoveTo(value.ToUniversalTime());
    }

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <inheritdoc/>
    public override string ToString() => GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private void MoveTo(DateTimeOffset target)
    {
        // Fire due timers one at a time, earliest first; callbacks run outside the lock because they may
        // create, change or dispose timers (Task.Delay continuations do).
        while (true)
        {
            ManualTimer? due = null;
            lock (_gate)
            {
                foreach (var timer in _timers)
                {
                    if (timer.DueAt is { } at && at <= target && (due is null || at < due.DueAt || (at == due.DueAt && timer.Order < due.Order)))
                    {
                        due = timer;
                    }
                }

                if (due is null)
                {
                    _now = target;
                    return;
                }

                if (due.DueAt > _now)
                {
                    _now = due.DueAt!.Value;
                }

                due.OnFired(_now);
            }

            due.Invoke();
        }
    }

    private void Schedule(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
            timer.Period = period == Timeout.InfiniteTimeSpan || period <= TimeSpan.Zero ? null : period;
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                timer.DueAt = null;
                return;
            }

            timer.DueAt = _now + (dueTime < TimeSpan.Zero ? TimeSpan.Zero : dueTime);
            timer.Order = ++_sequence;
            _timers.Add(timer);
        }

        // A zero due time fires soon, as a real timer would: on the thread pool, never inside the caller's
        // stack (the caller may hold locks that the callback needs).
        if (dueTime <= TimeSpan.Zero)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static owner => owner.MoveTo(owner.GetUtcNow()), this, preferLocal: false);
        }
    }

    private void Remove(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
            timer.DueAt = null;
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private bool _disposed;

        public DateTimeOffset? DueAt { get; set; }

        public TimeSpan? Period { get; set; }

        public long Order { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (_disposed)
            {
                return false;
            }

            owner.Schedule(this, dueTime, period);
            return true;
        }

        // Called under the owner's lock: a periodic timer re-arms, a one-shot one is removed.
        public void OnFired(DateTimeOffset now)
        {
            if (Period is { } period)
            {
                DueAt = now + period;
                Order = ++owner._sequence;
            }
            else
            {
                owner._timers.Remove(this);
                DueAt = null;
            }
        }

        public void Invoke() => callback(state);

        public void Dispose()
        {
            _disposed = true;
            owner.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
