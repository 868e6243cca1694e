namespace HeyGen.Emulator;

/// <summary>
/// One fault-injection rule: which requests it targets (an operationId such as <c>createVideo</c>, <c>media</c>
/// for presigned downloads and HLS, or <c>*</c> for everything except the emulator's own routes), what it does,
/// and how often: <see cref="Count"/> times then never again, with <see cref="Probability"/> per matching request
/// (seeded, so runs repeat), or both.
/// </summary>
public sealed class FaultRule
{
    private readonly object _gate = new();
    private Random? _random;
    private int _fired;

    /// <summary>Creates a rule; set the optional members with an object initializer.</summary>
    public FaultRule(string target, FaultKind kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(target);
        Target = target;
        Kind = kind;
    }

    /// <summary>Id used by <c>DELETE /_emulator/faults/{id}</c> and <see cref="FaultInjector.Remove"/>.</summary>
    public string Id { get; } = "fault_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>An operationId from the spec, <c>media</c>, or <c>*</c>.</summary>
    public string Target { get; }

    /// <summary>What the fault does.</summary>
    public FaultKind Kind { get; }

    /// <summary>Fire this many times, then stop; null: no limit.</summary>
    public int? Count { get; init; }

    /// <summary>Chance (0..1) that a matching request is faulted; null: every matching request.</summary>
    public double? Probability { get; init; }

    /// <summary>Seed of the random generator behind <see cref="Probability"/>.</summary>
    public int Seed { get; init; } = 1;

    /// <summary><see cref="FaultKind.ServerError"/>: 500, 502 or 503.</summary>
    public int StatusCode { get; init; } = 500;

    /// <summary><see cref="FaultKind.ServerError"/>: answer with an HTML error page instead of a HeyGen JSON body.</summary>
    public bool Html { get; init; }

    /// <summary><see cref="FaultKind.ServerError"/>: answer with no body at all (takes precedence over <see cref="Html"/>).</summary>
    public bool EmptyBody { get; init; }

    /// <summary><see cref="FaultKind.RateLimit"/>: the Retry-After header in seconds.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary><see cref="FaultKind.Delay"/>: how long to wait (real time).</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary><see cref="FaultKind.DropConnection"/> and <see cref="FaultKind.ServerError"/>: before or after the handler. <see cref="FaultKind.TruncateDownload"/> always runs after it, the others before.</summary>
    public FaultTiming Timing { get; init; } = FaultTiming.BeforeHandler;

    /// <summary><see cref="FaultKind.TruncateDownload"/>: share of the body sent before the connection drops (0..1).</summary>
    public double TruncateFraction { get; init; } = 0.5;

    /// <summary>How many times the rule fired.</summary>
    public int Fired
    {
        get
        {
            lock (_gate)
            {
                return _fired;
            }
        }
    }

    /// <summary>True once <see cref="Count"/> firings happened.</summary>
    public bool Exhausted => Count is int count && Fired >= count;

    /// <summary>The phase the rule acts in.</summary>
    public FaultTiming Phase => Kind switch
    {
        FaultKind.TruncateDownload => FaultTiming.AfterHandler,
        FaultKind.DropConnection or FaultKind.ServerError => Timing,
        _ => FaultTiming.BeforeHandler,
    };

    internal bool Matches(string operationId) =>
        !operationId.StartsWith("_emulator", StringComparison.Ordinal) && (Target == "*" || string.Equals(Target, operationId, StringComparison.Ordinal));

    /// <summary>Decides (and counts) whether this matching request is faulted.</summary>
    internal bool TryFire()
    {
        lock (_gate)
        {
            if (Count is int count && _fired >= count)
            {
                return false;
            }

            if (Probability is double probability)
            {
                _random ??= new Random(Seed);
                if (_random.NextDouble() >= probability)
                {
                    return false;
                }
            }

            _fired++;
            return true;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Kind + " on " + Target + (Count is int c ? " x" + c.ToString(CultureInfo.InvariantCulture) : string.Empty)
        + (Probability is double p ? " p=" + p.ToString(CultureInfo.InvariantCulture) : string.Empty) + " (" + Phase + ")";
}
