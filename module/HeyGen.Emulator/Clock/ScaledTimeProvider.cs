namespace HeyGen.Emulator;

/// <summary>
/// Real time multiplied by a factor, for demos: with a factor of 60 a one-minute render takes one second.
/// The clock starts at the real current time and then runs <see cref="Factor"/> times faster; timers fire after
/// their due time divided by the factor.
/// </summary>
public sealed class ScaledTimeProvider : TimeProvider
{
    private readonly TimeProvider _inner;
    private readonly DateTimeOffset _start;
    private readonly long _startTimestamp;

    /// <summary>Creates a clock running <paramref name="factor"/> times faster than <paramref name="inner"/> (the system clock by default).</summary>
    public ScaledTimeProvider(double factor, TimeProvider? inner = null)
    {
        if (double.IsNaN(factor) || double.IsInfinity(factor) || factor <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "The time scale must be a positive, finite number.");
        }

        Factor = factor;
        _inner = inner ?? System;
        _start = _inner.GetUtcNow();
        _startTimestamp = _inner.GetTimestamp();
    }

    /// <summary>How many clock seconds pass per real second.</summary>
    public double Factor { get; }

    /// <inheritdoc/>
    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    /// <inheritdoc/>
    public override long TimestampFrequency => _inner.TimestampFrequency;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => _start + Scale(_inner.GetElapsedTime(_startTimestamp));

    /// <inheritdoc/>
    public override long GetTimestamp() => _startTimestamp + (long)((_inner.GetTimestamp() - _startTimestamp) * Factor);

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(_inner.CreateTimer(callback, state, Unscale(dueTime), Unscale(period)), this);

    private TimeSpan Scale(TimeSpan real) => TimeSpan.FromTicks((long)(real.Ticks * Factor));

    private TimeSpan Unscale(TimeSpan clock) =>
        clock == Timeout.InfiniteTimeSpan || clock <= TimeSpan.Zero ? clock : TimeSpan.FromTicks(Math.Max(1, (long)(clock.Ticks / Factor)));

    private sealed class ScaledTimer(ITimer inner, ScaledTimeProvider owner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(owner.Unscale(dueTime), owner.Unscale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
