namespace HeyGen;

/// <summary>
/// Pings whenever nothing happened for an interval. A periodic check on a <see cref="TimeProvider"/> compares the
/// clock with the last activity, so activity simply postpones the ping and no timer has to be re-armed.
/// </summary>
/// <remarks>
/// One timer is armed for the keep-alive's whole life, and a ping is over (activity recorded, next ping allowed)
/// before its outcome is reported. A test that reacts to a report by moving a manual clock therefore always finds
/// the check armed: it can drive the keep-alive step by step without races.
/// </remarks>
internal sealed class RealtimeKeepAlive : IDisposable
{
    /// <summary>After a failed ping, try again this soon: the server's idle timeout leaves only the margin above the interval.</summary>
    internal static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    /// <summary>How often the clock is compared with the last activity; the ping is at most this late.</summary>
    private static readonly TimeSpan CheckPeriod = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _clock;
    private readonly TimeSpan _interval;
    private readonly Func<DateTimeOffset> _lastActivity;
    private readonly Func<CancellationToken, Task<RealtimeKeepAliveEventArgs?>> _ping;
    private readonly Action<RealtimeKeepAliveEventArgs> _report;
    private readonly CancellationTokenSource _stop = new();
    private readonly object _gate = new();
    private ITimer? _timer;
    private Task _inFlight = Task.CompletedTask;
    private bool _pinging;
    private DateTimeOffset _notBefore = DateTimeOffset.MinValue;

    /// <param name="clock">The clock to check on.</param>
    /// <param name="interval">Quiet time after which to ping.</param>
    /// <param name="lastActivity">When something last happened (a successful ping counts too).</param>
    /// <param name="ping">
    /// Sends the ping and describes the outcome, or returns null when recent activity made it unnecessary. An outcome
    /// whose error is <see cref="HeyGenRealtimeSessionClosedException"/> ends the keep-alive; other errors are retried.
    /// </param>
    /// <param name="report">Receives every outcome.</param>
    public RealtimeKeepAlive(TimeProvider clock, TimeSpan interval, Func<DateTimeOffset> lastActivity, Func<CancellationToken, Task<RealtimeKeepAliveEventArgs?>> ping, Action<RealtimeKeepAliveEventArgs> report)
    {
        _clock = clock;
        _interval = interval;
        _lastActivity = lastActivity;
        _ping = ping;
        _report = report;
    }

    public bool IsRunning
    {
        get
        {
            lock (_gate)
            {
                return _timer is not null;
            }
        }
    }

    /// <summary>Arms the periodic check.</summary>
    public void Start()
    {
        var period = _interval < CheckPeriod ? _interval : CheckPeriod;
        lock (_gate)
        {
            _timer = _clock.CreateTimer(static state => ((RealtimeKeepAlive)state!).Check(), this, period, period);
        }
    }

    /// <summary>Disarms the check and waits until an in-flight ping has finished.</summary>
    public async Task StopAsync()
    {
        Task inFlight;
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
            inFlight = _inFlight;
        }

        if (!_stop.IsCancellationRequested)
        {
            _stop.Cancel();
        }

        try
        {
            await inFlight.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping cancels the ping.
        }
    }

    /// <summary>Releases the timer and the stop signal; call after <see cref="StopAsync"/>.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }

        _stop.Dispose();
    }

    private void Check()
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (_timer is null || _pinging || now < _notBefore || now < _lastActivity() + _interval)
            {
                return;
            }

            _pinging = true;
            _inFlight = PingAsync();
        }
    }

    private async Task PingAsync()
    {
        // Off the timer's thread: the check must return at once (a manual clock fires it inside Advance).
        await Task.Yield();
        RealtimeKeepAliveEventArgs? outcome;
        try
        {
            outcome = await _ping(_stop.Token).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _pinging = false;
            }
        }

        if (outcome is null)
        {
            return;
        }

        if (outcome.Error is HeyGenRealtimeSessionClosedException)
        {
            lock (_gate)
            {
                _timer?.Dispose();
                _timer = null;
            }
        }
        else if (outcome.Error is not null)
        {
            lock (_gate)
            {
                _notBefore = _clock.GetUtcNow() + RetryDelay;
            }
        }

        _report(outcome);
    }
}
