namespace HeyGen.Realtime.Tests.Infrastructure;

/// <summary>
/// A clock for the code under test whose timers move the emulator's <see cref="ManualTimeProvider"/> forward by their
/// due time as soon as they are created: a helper that polls every second sees the emulator's time pass without any
/// real waiting, and the test stays deterministic.
/// </summary>
internal sealed class AutoAdvancingClock(ManualTimeProvider inner) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = inner.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            // Off the caller's stack: the callback may complete the very task the caller is about to await.
            var due = dueTime < TimeSpan.Zero ? TimeSpan.Zero : dueTime;
            ThreadPool.UnsafeQueueUserWorkItem(static s => s.Clock.Advance(s.Due), (Clock: inner, Due: due), preferLocal: false);
        }

        return timer;
    }
}
