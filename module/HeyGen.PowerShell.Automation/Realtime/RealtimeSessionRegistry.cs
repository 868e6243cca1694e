namespace HeyGen.Automation;

/// <summary>
/// The realtime sessions one PowerShell session started: their modes (v3 has no list call, so Get-HeyGenRealtimeSession
/// without ids shows these), the text_stream sessions kept alive in the background, and the ones stopped here.
/// Disposing stops every background keep-alive (the connection changed, the module was removed).
/// </summary>
public sealed class RealtimeSessionRegistry : IDisposable
{
    private readonly object _gate = new();
    private readonly List<string> _known = new();
    private readonly Dictionary<string, string> _modes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RealtimeTextSession> _kept = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stopped = new(StringComparer.Ordinal);

    /// <summary>Stream ids started in this PowerShell session, oldest first.</summary>
    public IReadOnlyList<string> Known
    {
        get
        {
            lock (_gate)
            {
                return _known.ToArray();
            }
        }
    }

    public void Remember(string streamId, string mode)
    {
        lock (_gate)
        {
            if (!_modes.ContainsKey(streamId))
            {
                _known.Add(streamId);
            }

            _modes[streamId] = mode;
        }
    }

    public string? ModeOf(string streamId)
    {
        lock (_gate)
        {
            return _modes.TryGetValue(streamId, out var mode) ? mode : null;
        }
    }

    /// <summary>Keeps <paramref name="session"/> (and its keep-alive) until <see cref="StopAsync"/> or <see cref="Dispose"/>.</summary>
    public void Keep(RealtimeTextSession session)
    {
        if (session is null)
        {
            throw new ArgumentNullException(nameof(session));
        }

        lock (_gate)
        {
            _kept[session.StreamId] = session;
        }
    }

    /// <summary>The background-kept session, while it is open.</summary>
    public RealtimeTextSession? Kept(string streamId)
    {
        lock (_gate)
        {
            return _kept.TryGetValue(streamId, out var session) && session.IsOpen ? session : null;
        }
    }

    public bool IsKeptAlive(string streamId) => Kept(streamId)?.IsKeepAliveRunning ?? false;

    public bool IsStopped(string streamId)
    {
        lock (_gate)
        {
            return _stopped.Contains(streamId);
        }
    }

    /// <summary>Stops the background keep-alive (if any) and refuses further text from this PowerShell session.</summary>
    public async Task StopAsync(string streamId)
    {
        RealtimeTextSession? kept;
        lock (_gate)
        {
            _stopped.Add(streamId);
            _kept.TryGetValue(streamId, out kept);
            _kept.Remove(streamId);
        }

        if (kept is not null)
        {
            await kept.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        List<RealtimeTextSession> kept;
        lock (_gate)
        {
            kept = _kept.Values.ToList();
            _kept.Clear();
        }

        foreach (var session in kept)
        {
            session.Dispose();
        }
    }
}
