using System.Collections.Concurrent;

namespace HeyGen.Automation;

/// <summary>
/// The producer side of an operation: async code on any thread posts output, verbose lines, progress and
/// non-terminating errors here; <see cref="OperationRunner"/> delivers them, in order, on the pipeline thread.
/// </summary>
public sealed class OperationChannel : IProgress<OperationProgress>
{
    private readonly BlockingCollection<Action<IOperationSink>> _queue;

    internal OperationChannel(BlockingCollection<Action<IOperationSink>> queue) => _queue = queue;

    /// <summary>The channel of the operation running on this async flow, or null outside one (request logging uses it).</summary>
    public static OperationChannel? Current => CurrentChannel.Value;

    private static readonly AsyncLocal<OperationChannel?> CurrentChannel = new();

    public void Output(object item) => Post(sink => sink.WriteOutput(item));

    public void Verbose(string message) => Post(sink => sink.WriteVerbose(message));

    public void Warning(string message) => Post(sink => sink.WriteWarning(message));

    public void Error(ErrorDescriptor error) => Post(sink => sink.WriteError(error));

    public void Report(OperationProgress value) => Post(sink => sink.WriteProgress(value));

    internal static void Enter(OperationChannel channel) => CurrentChannel.Value = channel;

    private void Post(Action<IOperationSink> message)
    {
        try
        {
            _queue.Add(message);
        }
        catch (InvalidOperationException)
        {
            // The operation already ended (a late progress callback, for example): nobody is listening any more.
        }
    }
}
