using System.Management.Automation;
using System.Security;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>
/// Wait-HeyGenWebhookEvent: a small webhook receiver for scripts. Listens on a port, verifies every delivery's
/// signature (refused ones are warnings, answered 401), emits typed events, and stops on -Count, -TimeoutSec or Ctrl+C.
/// </summary>
[Cmdlet(VerbsLifecycle.Wait, "HeyGenWebhookEvent")]
[OutputType(typeof(HeyGenWebhookEvent))]
public sealed class WaitHeyGenWebhookEventCommand : HeyGenCmdlet
{
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateRange(0, 65535)]
    public int Port { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public SecureString? Secret { get; set; }

    /// <summary>The URL path HeyGen posts to.</summary>
    [Parameter]
    public string Path { get; set; } = "/heygen/webhook/";

    /// <summary>localhost (no administrator rights needed), or + for every interface.</summary>
    [Parameter]
    public string ListenAddress { get; set; } = "localhost";

    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? Count { get; set; }

    [Parameter]
    [Alias("Timeout")]
    [ValidateRange(1, int.MaxValue)]
    public int? TimeoutSec { get; set; }

    /// <summary>Only these event types (wildcards allowed).</summary>
    [Parameter]
    [ArgumentCompleter(typeof(WebhookEventTypeCompleter))]
    public string[] EventType { get; set; } = Array.Empty<string>();

    private SecureString? _secret;

    protected override void ProcessRecord() => _secret ??= Secret;

    protected override void EndProcessing()
    {
        Run(Port, async (channel, token) =>
        {
            var spec = new WebhookListenSpec
            {
                Port = Port,
                Secret = WebhookService.ResolveSecret(_secret, Environment.GetEnvironmentVariable),
                Path = Path,
                Host = ListenAddress,
                Count = Count,
                Timeout = TimeoutSec is int seconds ? TimeSpan.FromSeconds(seconds) : null,
                EventTypes = EventType,
            };
            await WebhookEventListener.ListenAsync(spec, channel, token).ConfigureAwait(false);
        });
    }
}
