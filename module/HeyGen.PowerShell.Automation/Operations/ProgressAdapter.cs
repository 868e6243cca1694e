namespace HeyGen.Automation;

/// <summary>
/// An <see cref="IProgress{T}"/> that calls its handler synchronously. <see cref="Progress{T}"/> would post to a
/// synchronization context, reordering updates relative to output; the channel already moves them to the right thread.
/// </summary>
internal sealed class ProgressAdapter<T> : IProgress<T>
{
    private readonly Action<T> _handler;

    public ProgressAdapter(Action<T> handler) => _handler = handler;

    public void Report(T value) => _handler(value);
}
