namespace HeyGen.Automation;

/// <summary>
/// Where an operation's messages end up. The cmdlet base class implements it with WriteObject, WriteVerbose and
/// friends; <see cref="OperationRunner"/> only ever calls it on the thread that called <see cref="OperationRunner.Run{T}"/>,
/// because PowerShell rejects writes from any other thread.
/// </summary>
public interface IOperationSink
{
    void WriteOutput(object item);

    void WriteVerbose(string message);

    void WriteWarning(string message);

    void WriteProgress(OperationProgress progress);

    /// <summary>A non-terminating error: the operation goes on with its other items.</summary>
    void WriteError(ErrorDescriptor descriptor);
}
