using System.Collections.Concurrent;

namespace HeyGen.Automation;

/// <summary>
/// Runs async work from a synchronous caller (a cmdlet's ProcessRecord) without blocking its messages: the work
/// runs on the thread pool, and the calling thread delivers everything the work posts to its
/// <see cref="OperationChannel"/> until the work ends. PowerShell needs this because WriteObject, WriteVerbose and
/// WriteProgress only work on the pipeline thread.
/// </summary>
public static class OperationRunner
{
    /// <summary>
    /// Runs <paramref name="work"/> and pumps its messages into <paramref name="sink"/>. When the sink throws (the
    /// pipeline was stopped, for example by <c>Select-Object -First 1</c>), the work is cancelled, awaited, and the
    /// sink's exception propagates. The work's own exception propagates unwrapped.
    /// </summary>
    public static T Run<T>(Func<OperationChannel, CancellationToken, Task<T>> work, IOperationSink sink, CancellationToken cancellationToken)
    {
        if (work is null)
        {
            throw new ArgumentNullException(nameof(work));
        }

        if (sink is null)
        {
            throw new ArgumentNullException(nameof(sink));
        }

        using var queue = new BlockingCollection<Action<IOperationSink>>();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = new OperationChannel(queue);
        var task = Task.Run(
            async () =>
            {
                try
                {
                    OperationChannel.Enter(channel);
                    return await work(channel, linked.Token).ConfigureAwait(false);
                }
                finally
                {
                    queue.CompleteAdding();
                }
            },
            CancellationToken.None);

        try
        {
            foreach (var message in queue.GetConsumingEnumerable(CancellationToken.None))
            {
                message(sink);
            }
        }
        catch
        {
            linked.Cancel();
            WaitQuietly(task);
            throw;
        }

        return task.GetAwaiter().GetResult();
    }

    /// <summary>Runs work that produces no result of its own (it only posts to the channel).</summary>
    public static void Run(Func<OperationChannel, CancellationToken, Task> work, IOperationSink sink, CancellationToken cancellationToken)
    {
        if (work is null)
        {
            throw new ArgumentNullException(nameof(work));
        }

        Run<bool>(
            async (channel, token) =>
            {
                await work(channel, token).ConfigureAwait(false);
                return true;
            },
            sink,
            cancellationToken);
    }

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // The sink's exception is the one to report; the cancelled work's own ending is not news.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
