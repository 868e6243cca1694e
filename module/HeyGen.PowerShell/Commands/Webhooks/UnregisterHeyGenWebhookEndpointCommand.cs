using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Unregister-HeyGenWebhookEndpoint: delete webhook endpoints (asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsLifecycle.Unregister, "HeyGenWebhookEndpoint", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(HeyGenWebhookEndpointRemoval))]
public sealed class UnregisterHeyGenWebhookEndpointCommand : HeyGenCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public string[] EndpointId { get; set; } = Array.Empty<string>();

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var id in EndpointId)
        {
            if (!ShouldProcess("webhook endpoint " + id, "Delete (HeyGen stops sending it events)"))
            {
                continue;
            }

            RunForItem(id, async (channel, token) =>
            {
                var removal = await new WebhookService(Session.Client).RemoveAsync(id, token).ConfigureAwait(false);
                if (PassThru.IsPresent)
                {
                    channel.Output(removal);
                }
            });
        }
    }
}
