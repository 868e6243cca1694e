namespace HeyGen.Manifests.Rendering;

/// <summary>
/// When the next bulk status poll is due. Polling alone: from <see cref="RenderOptions.PollInterval"/>, growing by half
/// while nothing changes, up to <see cref="RenderOptions.MaxPollInterval"/>, back to the start on a change. With
/// completion events: a safety net every <see cref="RenderOptions.MaxPollInterval"/>. The deadline is absolute, so
/// waking early (a download finished, an event arrived) never postpones the next poll.
/// </summary>
internal sealed class PollSchedule
{
    private readonly RenderOptions _options;
    private readonly TimeProvider _clock;
    private TimeSpan _interval;
    private long _due;

    public PollSchedule(RenderOptions options, TimeProvider clock, bool eventDriven, bool resuming)
    {
        _options = options;
        _clock = clock;
        EventDriven = eventDriven;
        Next(eventDriven && !resuming ? options.MaxPollInterval : options.PollInterval);
    }

    /// <summary>True while completion events arrive; polls are then only a safety net.</summary>
    public bool EventDriven { get; private set; }

    /// <summary>Time left until the poll is due (zero when overdue).</summary>
    public TimeSpan Remaining
    {
        get
        {
            var left = _clock.GetElapsedTime(_clock.GetTimestamp(), _due);
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>
    /// A poll ran (or was due with nothing to poll); <paramref name="changed"/> says whether it found news. While
    /// scenes wait for a free job slot (<paramref name="waitingForSlots"/>), the interval does not grow: every poll of
    /// delay between a render finishing and its slot being refilled is added to the whole run's wall time.
    /// </summary>
    public void Polled(bool changed, bool waitingForSlots = false) =>
        Next(EventDriven ? _options.MaxPollInterval : changed || waitingForSlots ? _options.PollInterval : Grow(_interval.Ticks * 1.5));

    /// <summary>A poll failed after the client's own retries: wait longer, at least what Retry-After asks.</summary>
    public void Failed(TimeSpan? retryAfter) =>
        Next(Grow(Math.Max(_interval.Ticks * 2, (retryAfter ?? TimeSpan.Zero).Ticks)));

    /// <summary>The event source ended: poll at the normal pace again, starting soon.</summary>
    public void EventsEnded()
    {
        EventDriven = false;
        if (_interval > _options.PollInterval)
        {
            Next(_options.PollInterval);
        }
    }

    private TimeSpan Grow(double ticks) => TimeSpan.FromTicks((long)Math.Min(_options.MaxPollInterval.Ticks, ticks));

    private void Next(TimeSpan interval)
    {
        _interval = interval;
        _due = _clock.GetTimestamp() + (long)(interval.Ticks * (_clock.TimestampFrequency / (double)TimeSpan.TicksPerSecond));
    }
}
