using System.Collections.Concurrent;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Tests.Support;

/// <summary>Collects what an operation writes, the way a cmdlet would show it.</summary>
internal sealed class RecordingSink : IOperationSink
{
    public ConcurrentQueue<object> Output { get; } = new();

    public ConcurrentQueue<string> Verbose { get; } = new();

    public ConcurrentQueue<OperationProgress> Progress { get; } = new();

    public ConcurrentQueue<ErrorDescriptor> Errors { get; } = new();

    public void WriteOutput(object item) => Output.Enqueue(item);

    public void WriteVerbose(string message) => Verbose.Enqueue(message);

    public ConcurrentQueue<string> Warnings { get; } = new();

    public void WriteWarning(string message) => Warnings.Enqueue(message);

    public void WriteProgress(OperationProgress progress) => Progress.Enqueue(progress);

    public void WriteError(ErrorDescriptor descriptor) => Errors.Enqueue(descriptor);
}
