using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>
/// Register-HeyGenWebhookEndpoint: ask HeyGen to POST events to a URL (POST /v3/webhooks/endpoints). The output's
/// Secret (shown only now) pipes into Wait-HeyGenWebhookEvent and Test-HeyGenWebhookSignature.
/// </summary>
[Cmdlet(VerbsLifecycle.Register, "HeyGenWebhookEndpoint", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(HeyGenWebhookEndpoint))]
public sealed class RegisterHeyGenWebhookEndpointCommand : HeyGenCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public string Url { get; set; } = string.Empty;

    /// <summary>Event types to receive (avatar_video.success, ...); none means all.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Events", "EventType")]
    [ArgumentCompleter(typeof(WebhookEventTypeCompleter))]
    public string[] Event { get; set; } = Array.Empty<string>();

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? EntityId { get; set; }

    protected override void ProcessRecord()
    {
        if (!ShouldProcess(Url, "Register as a HeyGen webhook endpoint" + (Event.Length == 0 ? " for every event" : " for " + string.Join(", ", Event))))
        {
            return;
        }

        RunForItem(Url, async (channel, token) =>
            channel.Output(await new WebhookService(Session.Client).RegisterAsync(Url, Event, EntityId, token).ConfigureAwait(false)));
    }
}
