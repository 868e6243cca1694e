using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Get-HeyGenRealtimeSession: realtime sessions by id, or (HeyGen has no list call) those started in this PowerShell session.</summary>
[Cmdlet(VerbsCommon.Get, "HeyGenRealtimeSession")]
[OutputType(typeof(HeyGenRealtimeSession))]
public sealed class GetHeyGenRealtimeSessionCommand : HeyGenCmdlet
{
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("StreamId", "Session")]
    public string[] SessionId { get; set; } = Array.Empty<string>();

    protected override void ProcessRecord()
    {
        var ids = SessionId.Length > 0 ? SessionId : Session.Realtime.Known.ToArray();
        foreach (var id in ids)
        {
            RunForItem(id, async (channel, token) =>
                channel.Output(await new RealtimeService(Session.Client, Session.Realtime).GetAsync(id, token).ConfigureAwait(false)));
        }
    }
}
