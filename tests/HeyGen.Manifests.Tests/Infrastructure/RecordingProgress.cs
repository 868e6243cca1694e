using HeyGen.Manifests.Rendering;

namespace HeyGen.Manifests.Tests.Infrastructure;

/// <summary>Keeps every render event (reported synchronously, on the renderer's thread) and lets a test wait for one.</summary>
internal sealed class RecordingProgress : IProgress<RenderEvent>
{
    private readonly object _gate = new();
    private readonly List<RenderEvent> _events = new();
    private readonly List<(Func<RenderEvent, bool> Predicate, TaskCompletionSource<RenderEvent> Completion)> _waiters = new();

    public IReadOnlyList<RenderEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return _events.ToList();
            }
        }
    }

    public void Report(RenderEvent value)
    {
        List<TaskCompletionSource<RenderEvent>> ready = new();
        lock (_gate)
        {
            _events.Add(value);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Predicate(value))
                {
                    ready.Add(_waiters[i].Completion);
                    _waiters.RemoveAt(i);
                }
            }
        }

        ready.ForEach(c => c.TrySetResult(value));
    }

    /// <summary>The first event (already reported or still to come) that matches.</summary>
    public Task<RenderEvent> WaitForAsync(Func<RenderEvent, bool> predicate)
    {
        lock (_gate)
        {
            if (_events.FirstOrDefault(predicate) is { } seen)
            {
                return Task.FromResult(seen);
            }

            var completion = new TaskCompletionSource<RenderEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((predicate, completion));
            return completion.Task.WaitAsync(TimeSpan.FromMinutes(2));
        }
    }
}
