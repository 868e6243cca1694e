using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell;

/// <summary>
/// What every HeyGen cmdlet shares: the runspace's session, running async work on the pipeline thread with its
/// output, verbose lines and progress (<see cref="OperationRunner"/>), Ctrl+C cancelling in-flight HTTP calls,
/// and exceptions turned into ErrorRecords by <see cref="ErrorMapper"/>.
/// </summary>
public abstract class HeyGenCmdlet : PSCmdlet, IOperationSink, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    // An exception PowerShell threw from WriteObject and friends (pipeline stopped, Select-Object -First satisfied):
    // it belongs to PowerShell and must pass through untouched, never become a HeyGen error.
    private Exception? _fromPipeline;

    /// <summary>This runspace's connection, client and caches.</summary>
    internal static HeyGenSession Session => ModuleState.Current;

    /// <summary>Runs <paramref name="work"/>; a failure ends the command with a terminating error about <paramref name="target"/>.</summary>
    internal T Run<T>(object? target, Func<OperationChannel, CancellationToken, Task<T>> work)
    {
        try
        {
            return OperationRunner.Run(work, this, _stopping.Token);
        }
        catch (Exception ex) when (IsOurs(ex))
        {
            ThrowTerminatingError(ToRecord(ex, target));
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/>; a failure ends the command with a terminating error about <paramref name="target"/>.</summary>
    internal void Run(object? target, Func<OperationChannel, CancellationToken, Task> work) =>
        Run<bool>(target, async (channel, token) =>
        {
            await work(channel, token).ConfigureAwait(false);
            return true;
        });

    /// <summary>Runs work for one pipeline item; a failure is a non-terminating error and the pipeline goes on.</summary>
    internal void RunForItem(object? target, Func<OperationChannel, CancellationToken, Task> work)
    {
        try
        {
            OperationRunner.Run(work, this, _stopping.Token);
        }
        catch (Exception ex) when (IsOurs(ex))
        {
            WriteError(ToRecord(ex, target));
        }
    }

    /// <summary>Ctrl+C: cancel the HTTP calls and waits in flight.</summary>
    protected override void StopProcessing() => _stopping.Cancel();

    void IOperationSink.WriteOutput(object item) => Deliver(() => WriteObject(item));

    void IOperationSink.WriteVerbose(string message) => Deliver(() => WriteVerbose(message));

    void IOperationSink.WriteWarning(string message) => Deliver(() => WriteWarning(message));

    void IOperationSink.WriteError(ErrorDescriptor descriptor) => Deliver(() => WriteError(ErrorRecordFactory.Create(descriptor)));

    void IOperationSink.WriteProgress(OperationProgress progress) =>
        Deliver(() => WriteProgress(new ProgressRecord(progress.ActivityId, progress.Activity, progress.Status)
        {
            PercentComplete = Math.Min(100, progress.PercentComplete),
            CurrentOperation = progress.CurrentOperation,
            RecordType = progress.Completed ? ProgressRecordType.Completed : ProgressRecordType.Processing,
        }));

    public void Dispose()
    {
        Release();
        _stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Frees what a command held across records (PowerShell disposes cmdlets when the pipeline ends, stopped or not).</summary>
    protected virtual void Release()
    {
    }

    private void Deliver(Action write)
    {
        try
        {
            write();
        }
        catch (Exception ex)
        {
            _fromPipeline = ex;
            throw;
        }
    }

    private bool IsOurs(Exception ex) => !ReferenceEquals(ex, _fromPipeline) && ex is not PipelineStoppedException;

    private ErrorRecord ToRecord(Exception ex, object? target)
    {
        if (ex is OperationCanceledException && _stopping.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }

        return ErrorRecordFactory.Create(ErrorMapper.Map(ex, target));
    }
}
