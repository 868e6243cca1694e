using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Start-HeyGenStreamingSession: start created sessions (POST /v1/streaming.start); they are billed from now until stopped.</summary>
[Cmdlet(VerbsLifecycle.Start, "HeyGenStreamingSession", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
// Qualified: inside HeyGen.PowerShell.Commands the client's HeyGen.HeyGenStreamingSession would win over the using directive.
[OutputType(typeof(Automation.HeyGenStreamingSession))]
public sealed class StartHeyGenStreamingSessionCommand : HeyGenCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public string[] SessionId { get; set; } = Array.Empty<string>();

    protected override void ProcessRecord()
    {
        foreach (var id in SessionId)
        {
            if (ShouldProcess("streaming session " + id, "Start (billed by duration until stopped)"))
            {
                RunForItem(id, async (channel, token) =>
                    channel.Output(await new StreamingService(Session.Client, Session.Streaming).StartAsync(id, token).ConfigureAwait(false)));
            }
        }
    }
}
