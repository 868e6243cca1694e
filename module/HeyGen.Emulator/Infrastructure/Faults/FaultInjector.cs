namespace HeyGen.Emulator;

/// <summary>
/// The fault rules of one emulator, consulted for every request except the emulator's own routes (so tests
/// can always reset them). Also reachable over HTTP: <c>POST/GET/DELETE /_emulator/faults</c>.
/// Faulted requests are counted in <see cref="EmulatorAccounting"/> but, when the fault fires before the
/// handler, have no side effects.
/// </summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<FaultRule> _rules = [];

    /// <summary>The rules, in the order they are tried (first match wins within a phase).</summary>
    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return [.. _rules];
            }
        }
    }

    /// <summary>Adds a rule and returns it (read <see cref="FaultRule.Fired"/> from it later).</summary>
    public FaultRule Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Probability is double p && (p < 0 || p > 1 || double.IsNaN(p)))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), p, "Probability must be between 0 and 1.");
        }

        if (rule.Kind == FaultKind.ServerError && rule.StatusCode is < 500 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule.StatusCode, "A server error is a 5xx status.");
        }

        lock (_gate)
        {
            _rules.Add(rule);
        }

        return rule;
    }

    /// <summary>Answers 429 with <c>Retry-After: <paramref name="retryAfterSeconds"/></c>.</summary>
    public FaultRule RateLimit(string target, int count = 1, int retryAfterSeconds = 1) =>
        Add(new FaultRule(target, FaultKind.RateLimit) { Count = count, RetryAfterSeconds = retryAfterSeconds });

    /// <summary>Answers a 5xx, HeyGen-shaped or as an HTML page.</summary>
    public FaultRule ServerError(string target, int count = 1, int statusCode = 500, bool html = false, FaultTiming timing = FaultTiming.BeforeHandler, bool emptyBody = false) =>
        Add(new FaultRule(target, FaultKind.ServerError) { Count = count, StatusCode = statusCode, Html = html, Timing = timing, EmptyBody = emptyBody });

    /// <summary>Drops the connection without a response; <see cref="FaultTiming.AfterHandler"/> lets the handler act first ("created but response lost").</summary>
    public FaultRule DropConnection(string target, int count = 1, FaultTiming timing = FaultTiming.BeforeHandler) =>
        Add(new FaultRule(target, FaultKind.DropConnection) { Count = count, Timing = timing });

    /// <summary>Holds the request for <paramref name="delay"/> of real time before handling it.</summary>
    public FaultRule Delay(string target, TimeSpan delay, int count = 1) =>
        Add(new FaultRule(target, FaultKind.Delay) { Count = count, Delay = delay });

    /// <summary>Sends the full Content-Length but only part of the body, then drops the connection.</summary>
    public FaultRule TruncateDownload(string target = "media", int count = 1, double fraction = 0.5) =>
        Add(new FaultRule(target, FaultKind.TruncateDownload) { Count = count, TruncateFraction = fraction });

    /// <summary>Removes one rule by id.</summary>
    public bool Remove(string id)
    {
        lock (_gate)
        {
            return _rules.RemoveAll(r => r.Id == id) > 0;
        }
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>Whether a rule of <paramref name="phase"/> could still fire for the operation (after-handler faults need the response buffered).</summary>
    internal bool HasRules(string operationId, FaultTiming phase) =>
        Rules.Any(rule => rule.Phase == phase && !rule.Exhausted && rule.Matches(operationId));

    /// <summary>The first rule of <paramref name="phase"/> that targets the operation and decides to fire.</summary>
    internal FaultRule? Fire(string operationId, FaultTiming phase)
    {
        foreach (var rule in Rules)
        {
            if (rule.Phase == phase && rule.Matches(operationId) && rule.TryFire())
            {
                return rule;
            }
        }

        return null;
    }
}
