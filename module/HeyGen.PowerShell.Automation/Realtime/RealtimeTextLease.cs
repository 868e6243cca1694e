namespace HeyGen.Automation;

/// <summary>
/// A text_stream session held for one Send-HeyGenRealtimeText pipeline: deltas go out in order, and the keep-alive
/// runs until the lease is disposed (when the pipeline ends or is stopped). A background-kept session is only borrowed.
/// </summary>
public sealed class RealtimeTextLease : IDisposable
{
    private readonly RealtimeTextSession _session;
    private readonly bool _owned;
    private int _disposed;

    internal RealtimeTextLease(RealtimeTextSession session, bool owned)
    {
        _session = session;
        _owned = owned;
    }

    public string SessionId => _session.StreamId;

    /// <summary>Deltas pushed through this lease.</summary>
    public int Sent { get; private set; }

    /// <summary>Keep-alive deltas the session has sent so far (for -Verbose).</summary>
    public int KeepAlivesSent => _session.KeepAlivesSent;

    /// <summary>True when <paramref name="delta"/> is something HeyGen accepts (it rejects empty and blank text).</summary>
    public static bool IsSendable(string? delta) => !string.IsNullOrWhiteSpace(delta);

    /// <summary>Pushes one delta; blank ones are refused with an <see cref="ArgumentException"/>.</summary>
    public async Task PushAsync(string delta, CancellationToken cancellationToken)
    {
        if (!IsSendable(delta))
        {
            throw new ArgumentException("HeyGen rejects blank text; skip empty lines.", "Text");
        }

        await _session.PushAsync(delta, cancellationToken).ConfigureAwait(false);
        Sent++;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && _owned)
        {
            _session.Dispose();
        }
    }
}
