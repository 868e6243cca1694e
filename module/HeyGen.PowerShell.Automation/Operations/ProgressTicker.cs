namespace HeyGen.Automation;

/// <summary>
/// A progress bar for waits whose helper reports nothing on its own (a realtime session becoming ready, a receiver
/// waiting for deliveries): the status with the elapsed time, refreshed every second, closed when the wait ends.
/// </summary>
public static class ProgressTicker
{
    /// <summary>How often the bar is refreshed.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    /// <summary>Runs <paramref name="work"/> under a bar with <paramref name="status"/>; the bar is closed however the work ends.</summary>
    public static async Task<T> RunAsync<T>(OperationChannel channel, int activityId, string activity, Func<string> status, Func<Task<T>> work)
    {
        if (channel is null || work is null || status is null)
        {
            throw new ArgumentNullException(channel is null ? nameof(channel) : work is null ? nameof(work) : nameof(status));
        }

        var started = DateTimeOffset.UtcNow;
        var task = work();
        try
        {
            while (!task.IsCompleted)
            {
                channel.Report(new OperationProgress(activityId, activity, status() + ", " + WaitProgressFormatter.Duration(DateTimeOffset.UtcNow - started)));
                await Task.WhenAny(task, Task.Delay(Period)).ConfigureAwait(false);
            }

            return await task.ConfigureAwait(false);
        }
        finally
        {
            channel.Report(new OperationProgress(activityId, activity, "Done") { Completed = true });
        }
    }
}
