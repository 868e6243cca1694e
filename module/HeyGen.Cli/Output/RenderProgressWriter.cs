using HeyGen.Manifests.Rendering;

namespace HeyGen.Cli.Output;

/// <summary>
/// Shows a render as it happens. On a terminal the milestones (submitted, downloaded, failed) scroll by while
/// one status line at the bottom keeps the running totals current; elsewhere (CI logs, pipes) every event is
/// one plain line. Events arrive from several tasks at once, hence the lock.
/// </summary>
internal sealed class RenderProgressWriter : IProgress<RenderEvent>
{
    private readonly TextWriter _writer;
    private readonly bool _terminal;
    private readonly object _gate = new();
    private int _statusLength;

    public RenderProgressWriter(TextWriter writer, bool terminal)
    {
        _writer = writer;
        _terminal = terminal;
    }

    public void Report(RenderEvent value)
    {
        lock (_gate)
        {
            if (!_terminal)
            {
                _writer.WriteLine("  " + value);
                return;
            }

            ClearStatus();
            if (IsMilestone(value.Stage))
            {
                _writer.WriteLine("  " + value);
            }

            var status = "  [" + value.Finished + "/" + value.Total + " done, " + value.InFlight + " rendering] " + value.SceneId + ": " + value.Message;
            _writer.Write(status);
            _statusLength = status.Length;
            _writer.Flush();
        }
    }

    /// <summary>Removes the status line before the final report is printed.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            ClearStatus();
        }
    }

    private static bool IsMilestone(RenderStage stage) =>
        stage is RenderStage.Uploaded or RenderStage.Submitted or RenderStage.Recovering or RenderStage.Downloaded or RenderStage.Failed or RenderStage.Throttled;

    private void ClearStatus()
    {
        if (_statusLength > 0)
        {
            _writer.Write("\r" + new string(' ', _statusLength) + "\r");
            _statusLength = 0;
        }
    }
}
