using System.Management.Automation;
using System.Security;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>
/// Test-HeyGenWebhookSignature: $true when a delivery's Signature header is the HMAC-SHA256 of its exact body under
/// the endpoint's secret (-Secret, else HEYGEN_WEBHOOK_SECRET).
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "HeyGenWebhookSignature", DefaultParameterSetName = BodySet)]
[OutputType(typeof(bool))]
public sealed class TestHeyGenWebhookSignatureCommand : HeyGenCmdlet
{
    private const string BodySet = "Body";
    private const string PathSet = "Path";

    /// <summary>The raw request body, exactly as received.</summary>
    [Parameter(ParameterSetName = BodySet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string Body { get; set; } = string.Empty;

    /// <summary>A file holding the raw body.</summary>
    [Parameter(ParameterSetName = PathSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    public string Path { get; set; } = string.Empty;

    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string Signature { get; set; } = string.Empty;

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public SecureString? Secret { get; set; }

    protected override void ProcessRecord()
    {
        string secret;
        try
        {
            secret = WebhookService.ResolveSecret(Secret, Environment.GetEnvironmentVariable);
        }
        catch (ArgumentException ex)
        {
            ThrowTerminatingError(ErrorRecordFactory.Create(ErrorMapper.Map(ex, null)));
            return;
        }

        if (ParameterSetName == BodySet)
        {
            WriteObject(WebhookService.IsValid(Body, Signature, secret));
            return;
        }

        var file = GetUnresolvedProviderPathFromPSPath(Path);
        RunForItem(file, (channel, _) =>
        {
            channel.Output(WebhookService.IsValid(File.ReadAllBytes(file), Signature, secret));
            return Task.CompletedTask;
        });
    }
}
