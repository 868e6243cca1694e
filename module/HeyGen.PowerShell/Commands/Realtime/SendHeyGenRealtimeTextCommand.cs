using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>
/// Send-HeyGenRealtimeText: push text deltas to a text_stream session, one per pipeline string, in order. While the
/// pipeline runs a keep-alive stops HeyGen's 30-second idle timeout from closing the session between slow items.
/// </summary>
[Cmdlet(VerbsCommunications.Send, "HeyGenRealtimeText", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(HeyGenRealtimeSession))]
public sealed class SendHeyGenRealtimeTextCommand : HeyGenCmdlet
{
    private RealtimeTextLease? _lease;

    /// <summary>The session (a HeyGenRealtimeSession converts to its id).</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [Alias("Session", "StreamId")]
    public string SessionId { get; set; } = string.Empty;

    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string[] Text { get; set; } = Array.Empty<string>();

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var delta in Text)
        {
            if (!RealtimeTextLease.IsSendable(delta))
            {
                WriteVerbose("Skipped a blank line (HeyGen rejects blank text).");
                continue;
            }

            if (!ShouldProcess("realtime session " + SessionId, "Send text: " + Preview(delta)))
            {
                continue;
            }

            // Terminating on failure: later deltas would be spoken out of context, or the session is gone.
            Run(SessionId, async (channel, token) =>
            {
                _lease ??= await new RealtimeService(Session.Client, Session.Realtime).OpenTextAsync(SessionId, token).ConfigureAwait(false);
                await _lease.PushAsync(delta, token).ConfigureAwait(false);
            });
        }
    }

    protected override void EndProcessing()
    {
        if (_lease is not null)
        {
            WriteVerbose(_lease.Sent + " text deltas sent to " + SessionId + " (" + _lease.KeepAlivesSent + " keep-alives).");
        }

        Release();
        if (PassThru.IsPresent)
        {
            WriteObject(Run(SessionId, (_, token) => new RealtimeService(Session.Client, Session.Realtime).GetAsync(SessionId, token)));
        }
    }

    protected override void Release()
    {
        _lease?.Dispose();
        _lease = null;
    }

    private static string Preview(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
}
