using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Get-HeyGenWebhookEndpoint: the account's webhook endpoints (secrets are never listed), or only the given ids.</summary>
[Cmdlet(VerbsCommon.Get, "HeyGenWebhookEndpoint")]
[OutputType(typeof(HeyGenWebhookEndpoint))]
public sealed class GetHeyGenWebhookEndpointCommand : HeyGenCmdlet
{
    private readonly List<string> _ids = new();

    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public string[] EndpointId { get; set; } = Array.Empty<string>();

    protected override void ProcessRecord() => _ids.AddRange(EndpointId);

    protected override void EndProcessing() =>
        Run(_ids.Count == 0 ? null : _ids.ToArray(), (channel, token) => new WebhookService(Session.Client).ListAsync(_ids, channel, token));
}
