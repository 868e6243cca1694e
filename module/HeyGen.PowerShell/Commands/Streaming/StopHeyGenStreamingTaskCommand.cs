using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>
/// Stop-HeyGenStreamingTask: interrupt what a streaming session's avatar is saying (POST /v1/streaming.interrupt).
/// The session stays open for the next Send-HeyGenStreamingTask.
/// </summary>
[Cmdlet(VerbsLifecycle.Stop, "HeyGenStreamingTask", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
// Qualified: inside HeyGen.PowerShell.Commands the client's HeyGen.HeyGenStreamingSession would win over the using directive.
[OutputType(typeof(Automation.HeyGenStreamingSession))]
public sealed class StopHeyGenStreamingTaskCommand : HeyGenCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Session")]
    public string[] SessionId { get; set; } = Array.Empty<string>();

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var id in SessionId)
        {
            if (!ShouldProcess("streaming session " + id, "Interrupt the avatar's current speech"))
            {
                continue;
            }

            RunForItem(id, async (channel, token) =>
            {
                var session = await new StreamingService(Session.Client, Session.Streaming).InterruptAsync(id, token).ConfigureAwait(false);
                if (PassThru.IsPresent)
                {
                    channel.Output(session);
                }
            });
        }
    }
}
