using HeyGen.Automation;

namespace HeyGen.PowerShell.Tests.Automation;

public sealed class OperationRunnerTests
{
    [Fact]
    public void Messages_arrive_in_order_on_the_calling_thread()
    {
        var sink = new RecordingSink();
        var result = OperationRunner.Run(
            async (channel, token) =>
            {
                channel.Verbose("one");
                await Task.Yield();
                channel.Output(2);
                channel.Report(new OperationProgress(1, "a", "b") { PercentComplete = 50 });
                channel.Warning("three");
                return 42;
            },
            sink,
            CancellationToken.None);

        Assert.Equal(42, result);
        Assert.Equal(new[] { "verbose:one", "output:2", "progress:50", "warning:three" }, sink.Events);
        Assert.All(sink.Threads, id => Assert.Equal(Environment.CurrentManagedThreadId, id));
    }

    [Fact]
    public void The_works_exception_propagates_unwrapped()
    {
        Assert.Throws<TimeoutException>(() => OperationRunner.Run<int>((_, _) => throw new TimeoutException("late"), new RecordingSink(), CancellationToken.None));
    }

    [Fact]
    public void When_the_sink_throws_the_work_is_cancelled_and_the_sinks_exception_wins()
    {
        // Like Select-Object -First 1 stopping the pipeline at the first WriteObject.
        var sink = new RecordingSink { ThrowOnOutput = true };
        var cancelled = false;
        var thrown = Assert.Throws<OperationCanceledException>(() => OperationRunner.Run(
            async (channel, token) =>
            {
                channel.Output(1);
                try
                {
                    await Task.Delay(Timeout.Infinite, token);
                }
                catch (OperationCanceledException)
                {
                    cancelled = true;
                    throw;
                }
            },
            sink,
            CancellationToken.None));
        Assert.True(cancelled);

        // The very instance PowerShell threw: the cmdlet layer recognises it by reference and lets it pass.
        Assert.Same(sink.Thrown, thrown);
    }

    [Fact]
    public void The_current_channel_is_visible_to_code_called_by_the_work_only()
    {
        var sink = new RecordingSink();
        OperationRunner.Run(
            async (channel, _) =>
            {
                await Task.Yield();
                OperationChannel.Current?.Verbose("from a handler");
            },
            sink,
            CancellationToken.None);
        Assert.Equal(new[] { "verbose:from a handler" }, sink.Events);
        Assert.Null(OperationChannel.Current);
    }

    private sealed class RecordingSink : IOperationSink
    {
        public List<string> Events { get; } = new();

        public List<int> Threads { get; } = new();

        public bool ThrowOnOutput { get; init; }

        public Exception? Thrown { get; private set; }

        public void WriteOutput(object item)
        {
            Record("output:" + item);
            if (ThrowOnOutput)
            {
                Thrown = new OperationCanceledException("pipeline stopped");
                throw Thrown;
            }
        }

        public void WriteVerbose(string message) => Record("verbose:" + message);

        public void WriteWarning(string message) => Record("warning:" + message);

        public void WriteProgress(OperationProgress progress) => Record("progress:" + progress.PercentComplete);

        public void WriteError(ErrorDescriptor descriptor) => Record("error:" + descriptor.ErrorId);

        private void Record(string text)
        {
            Events.Add(text);
            Threads.Add(Environment.CurrentManagedThreadId);
        }
    }
}
