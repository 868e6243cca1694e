using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>
/// Send-HeyGenStreamingTask: make a streaming session's avatar speak (POST /v1/streaming.task), one task per
/// pipeline string. repeat says the text word for word; talk answers it. sync returns when speaking ends.
/// </summary>
[Cmdlet(VerbsCommunications.Send, "HeyGenStreamingTask", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(HeyGenStreamingTask))]
public sealed class SendHeyGenStreamingTaskCommand : HeyGenCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Session")]
    public string SessionId { get; set; } = string.Empty;

    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public string[] Text { get; set; } = Array.Empty<string>();

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("repeat", "talk")]
    public string TaskType { get; set; } = "repeat";

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("sync", "async")]
    public string? TaskMode { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var text in Text)
        {
            if (!ShouldProcess("streaming session " + SessionId, TaskType + ": " + (text.Length <= 60 ? text : text.Substring(0, 57) + "...")))
            {
                continue;
            }

            RunForItem(SessionId, async (channel, token) =>
                channel.Output(await new StreamingService(Session.Client, Session.Streaming).SendTaskAsync(SessionId, text, TaskType, TaskMode, token).ConfigureAwait(false)));
        }
    }
}
