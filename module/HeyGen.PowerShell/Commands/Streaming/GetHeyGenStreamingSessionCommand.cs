using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Get-HeyGenStreamingSession: the account's streaming sessions (GET /v1/streaming.list), or only the given ids.</summary>
[Cmdlet(VerbsCommon.Get, "HeyGenStreamingSession")]
// Qualified: inside HeyGen.PowerShell.Commands the client's HeyGen.HeyGenStreamingSession would win over the using directive.
[OutputType(typeof(Automation.HeyGenStreamingSession))]
public sealed class GetHeyGenStreamingSessionCommand : HeyGenCmdlet
{
    private readonly List<string> _ids = new();

    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Session")]
    public string[] SessionId { get; set; } = Array.Empty<string>();

    protected override void ProcessRecord() => _ids.AddRange(SessionId);

    protected override void EndProcessing() =>
        Run(_ids.Count == 0 ? null : _ids.ToArray(), async (channel, token) =>
        {
            var sessions = await new StreamingService(Session.Client, Session.Streaming).ListAsync(_ids, token).ConfigureAwait(false);
            foreach (var session in sessions)
            {
                channel.Output(session);
            }

            foreach (var missing in _ids.Where(id => sessions.All(s => s.SessionId != id)))
            {
                channel.Error(ErrorMapper.Map(new KeyNotFoundException("HeyGen lists no streaming session " + missing + "."), missing));
            }
        });
}
