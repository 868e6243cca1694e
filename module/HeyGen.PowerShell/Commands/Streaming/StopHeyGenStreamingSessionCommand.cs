using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Stop-HeyGenStreamingSession: end streaming sessions (POST /v1/streaming.stop); billing stops.</summary>
[Cmdlet(VerbsLifecycle.Stop, "HeyGenStreamingSession", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
// Qualified: inside HeyGen.PowerShell.Commands the client's HeyGen.HeyGenStreamingSession would win over the using directive.
[OutputType(typeof(Automation.HeyGenStreamingSession))]
public sealed class StopHeyGenStreamingSessionCommand : HeyGenCmdlet
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
            if (!ShouldProcess("streaming session " + id, "Stop"))
            {
                continue;
            }

            RunForItem(id, async (channel, token) =>
            {
                var session = await new StreamingService(Session.Client, Session.Streaming).StopAsync(id, token).ConfigureAwait(false);
                if (PassThru.IsPresent)
                {
                    channel.Output(session);
                }
            });
        }
    }
}
