namespace HeyGen.Emulator.State;

/// <summary>
/// Keeps one timer on the emulator's clock armed for the store's next due instant, so transitions (and the
/// webhooks they trigger) happen without requests: with a <see cref="ManualTimeProvider"/>, advancing the clock
/// past the instant fires them.
/// </summary>
internal sealed class StateScheduler : IDisposable
{
    private readonly EmulatorStore _store;
    private readonly TimeProvider _clock;
    private readonly ITimer _timer;
    private readonly object _gate = new();
    private bool _disposed;

    public StateScheduler(EmulatorStore store, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
        _timer = clock.CreateTimer(static s => ((StateScheduler)s!).OnDue(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _store.Changed += Rearm;
    }

    public void Rearm()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            var next = _store.NextDue();
            if (next is null)
            {
                _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                return;
            }

            var delay = next.Value - _clock.GetUtcNow();
            _timer.Change(delay > TimeSpan.Zero ? delay : TimeSpan.FromTicks(1), Timeout.InfiniteTimeSpan);
        }
    }

    private void OnDue()
    {
        // The transaction advances the state to "now" and raises Changed, which re-arms the timer.
        _store.Transact(static _ => { });
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _store.Changed -= Rearm;
            _timer.Dispose();
        }
    }
}
