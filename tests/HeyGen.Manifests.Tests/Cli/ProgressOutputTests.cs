using HeyGen.Cli.Output;
using HeyGen.Manifests.Rendering;

namespace HeyGen.Manifests.Tests.Cli;

/// <summary>Progress on a terminal is one updating status line plus milestones; elsewhere, one plain line per event.</summary>
public sealed class ProgressOutputTests
{
    [Fact]
    public void Plain_output_writes_every_event_as_one_line()
    {
        var writer = new StringWriter();
        var progress = new RenderProgressWriter(writer, terminal: false);

        progress.Report(new RenderEvent("intro", RenderStage.Waiting, "processing", 0, 2, 1));
        progress.Report(new RenderEvent("intro", RenderStage.Downloaded, "saved out/intro.mp4", 1, 2, 0));
        progress.Complete();

        Assert.Equal(["  [0/2] intro: processing", "  [1/2] intro: saved out/intro.mp4"], writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain('\r', writer.ToString());
    }

    [Fact]
    public void Terminal_output_rewrites_one_status_line_and_keeps_milestones()
    {
        var writer = new StringWriter();
        var progress = new RenderProgressWriter(writer, terminal: true);

        progress.Report(new RenderEvent("intro", RenderStage.Waiting, "processing", 0, 2, 1));
        progress.Report(new RenderEvent("intro", RenderStage.Downloaded, "saved out/intro.mp4", 1, 2, 0));
        progress.Complete();
        var text = writer.ToString();

        Assert.DoesNotContain("  [0/2] intro: processing" + Environment.NewLine, text, StringComparison.Ordinal);
        Assert.Contains("  [1/2] intro: saved out/intro.mp4" + Environment.NewLine, text, StringComparison.Ordinal);
        Assert.Contains("[1/2 done, 0 rendering] intro: saved out/intro.mp4", text, StringComparison.Ordinal);
        Assert.EndsWith("\r", text, StringComparison.Ordinal);
    }
}
