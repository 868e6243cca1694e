namespace HeyGen.Manifests.Events;

/// <summary>
/// A thread-safe, unbounded queue of video events (an <see cref="IVideoEventSource"/>): any number of writers, one reader (the renderer).
/// <see cref="Complete"/> ends it: the reader drains what is left, then sees the end.
/// </summary>
public sealed class VideoEventChannel : IVideoEventSource
{
    private readonly object _gate = new();
    private readonly Queue<VideoEvent> _items = new();
    private TaskCompletionSource<bool>? _waiting;
    private bool _completed;

    /// <summary>Events written and not read yet.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>True once <see cref="Complete"/> was called.</summary>
    public bool IsCompleted
    {
        get
        {
            lock (_gate)
            {
                return _completed;
            }
        }
    }

    /// <summary>Adds an event; returns false (and drops it) once the queue is completed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="videoEvent"/> is null.</exception>
    public bool TryWrite(VideoEvent videoEvent)
    {
        if (videoEvent is null)
        {
            throw new ArgumentNullException(nameof(videoEvent));
        }

        TaskCompletionSource<bool>? waiting;
        lock (_gate)
        {
            if (_completed)
            {
                return false;
            }

            _items.Enqueue(videoEvent);
            waiting = _waiting;
            _waiting = null;
        }

        waiting?.TrySetResult(true);
        return true;
    }

    /// <summary>Ends the queue: no more events are accepted; the reader gets the ones already written.</summary>
    public void Complete()
    {
        TaskCompletionSource<bool>? waiting;
        lock (_gate)
        {
            _completed = true;
            waiting = _waiting;
            _waiting = null;
        }

        // A waiter exists only while the queue is empty, and nothing is written after completion: this is the end.
        waiting?.TrySetResult(false);
    }

    /// <inheritdoc />
    public Task<bool> WaitToReadAsync(CancellationToken cancellationToken)
    {
        Task<bool> signal;
        lock (_gate)
        {
            if (_items.Count > 0)
            {
                return Task.FromResult(true);
            }

            if (_completed)
            {
                return Task.FromResult(false);
            }

            _waiting ??= new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            signal = _waiting.Task;
        }

        return Cancellable.WaitAsync(signal, cancellationToken);
    }

    /// <inheritdoc />
    public VideoEvent? TryRead()
    {
        lock (_gate)
        {
            return _items.Count > 0 ? _items.Dequeue() : null;
        }
    }
}
