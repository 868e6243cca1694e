using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>
/// Stop-HeyGenRealtimeSession: stop keeping a session alive and sending it text. HeyGen has no call that ends a v3
/// session; it closes (and billing stops) once the session has been idle for 30 seconds.
/// </summary>
[Cmdlet(VerbsLifecycle.Stop, "HeyGenRealtimeSession", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(HeyGenRealtimeSession))]
public sealed class StopHeyGenRealtimeSessionCommand : HeyGenCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("StreamId", "Session")]
    public string[] SessionId { get; set; } = Array.Empty<string>();

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var id in SessionId)
        {
            if (!ShouldProcess("realtime session " + id, "Stop the keep-alive and send no more text (HeyGen closes it after 30 s idle)"))
            {
                continue;
            }

            RunForItem(id, async (channel, token) =>
            {
                var session = await new RealtimeService(Session.Client, Session.Realtime).StopAsync(id, token).ConfigureAwait(false);
                if (PassThru.IsPresent)
                {
                    channel.Output(session);
                }
            });
        }
    }
}
