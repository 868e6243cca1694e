namespace HeyGen.Generator.Tests.Infrastructure;

/// <summary>A clock whose timers fire at once but remember how long they were asked to wait: retry waits are checked without waiting.</summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    private readonly List<TimeSpan> _delays = new();

    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_delays)
            {
                return _delays.ToArray();
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_delays)
            {
                _delays.Add(dueTime);
            }
        }

        // Fire (almost) immediately on the real clock, once.
        return System.CreateTimer(callback, state, dueTime == Timeout.InfiniteTimeSpan ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(1), Timeout.InfiniteTimeSpan);
    }
}
