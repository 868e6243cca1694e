namespace HeyGen.Internal;

/// <summary>Waits on a <see cref="TimeProvider"/> (a fake clock in tests), on every target framework.</summary>
internal static class Delays
{
    public static Task WaitAsync(TimeProvider clock, TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }
#if NET8_0_OR_GREATER
        return Task.Delay(delay, clock, cancellationToken);
#else
        return clock.Delay(delay, cancellationToken);
#endif
    }

    /// <summary>Next polling interval: grow by the factor, cap, then spread by ±<paramref name="jitter"/> so many waiters do not poll in step.</summary>
    public static TimeSpan Next(TimeSpan current, double factor, TimeSpan max, double jitter, Random random)
    {
        var grown = TimeSpan.FromMilliseconds(Math.Min(max.TotalMilliseconds, current.TotalMilliseconds * factor));
        double spread;
        lock (random)
        {
            spread = (random.NextDouble() * 2) - 1;
        }

        return TimeSpan.FromMilliseconds(Math.Max(1, grown.TotalMilliseconds * (1 + (spread * jitter))));
    }
}
