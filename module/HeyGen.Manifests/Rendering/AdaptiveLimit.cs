namespace HeyGen.Manifests.Rendering;

/// <summary>
/// How many renders to keep in flight. HeyGen answers 429 beyond an account's concurrent-job cap (which the
/// client cannot see): on a 429 the limit drops to what is actually running; after a run of accepted creates it
/// creeps back up towards the configured maximum (additive increase, multiplicative decrease).
/// </summary>
internal sealed class AdaptiveLimit
{
    private readonly int _maximum;
    private int _acceptedSinceThrottle;

    public AdaptiveLimit(int maximum)
    {
        _maximum = Math.Max(1, maximum);
        Current = _maximum;
    }

    public int Current { get; private set; }

    public void Throttled(int inFlight)
    {
        Current = Math.Max(1, Math.Min(Current - 1, inFlight));
        _acceptedSinceThrottle = 0;
    }

    public void Accepted(int count)
    {
        _acceptedSinceThrottle += count;
        if (Current < _maximum && _acceptedSinceThrottle >= Current)
        {
            Current++;
            _acceptedSinceThrottle = 0;
        }
    }
}
