using System.Collections.Concurrent;

namespace HeyGen;

/// <summary>A queue whose reader awaits items; completing it lets readers drain what is left, then stop.</summary>
internal sealed class AsyncQueue<T> : IDisposable
{
    private readonly ConcurrentQueue<T> _items = new();
    private readonly SemaphoreSlim _available = new(0);
    private readonly CancellationTokenSource _completed = new();

    public void Enqueue(T item)
    {
        _items.Enqueue(item);
        _available.Release();
    }

    public void Complete()
    {
        if (!_completed.IsCancellationRequested)
        {
            _completed.Cancel();
        }
    }

    /// <summary>The next item, or <c>false</c> once the queue is completed and empty.</summary>
    public async Task<(bool Found, T? Item)> TryDequeueAsync(CancellationToken cancellationToken)
    {
        if (_available.Wait(0, CancellationToken.None))
        {
            return Take();
        }

        if (_completed.IsCancellationRequested)
        {
            return (false, default);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _completed.Token);
        try
        {
            await _available.WaitAsync(linked.Token).ConfigureAwait(false);
            return Take();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return _available.Wait(0, CancellationToken.None) ? Take() : (false, default);
        }
    }

    /// <summary>
    /// Completes the queue, so a reader waiting right now wakes and stops instead of hanging. The semaphore and
    /// token source are left to the GC rather than disposed: a reader may still be inside TryDequeueAsync, and
    /// neither holds an OS handle here (no AvailableWaitHandle, no timer).
    /// </summary>
    public void Dispose() => Complete();

    private (bool, T?) Take() => _items.TryDequeue(out var item) ? (true, item) : (false, default);
}
