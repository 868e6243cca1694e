using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Get-HeyGenVideo: one video by id (fresh download URLs), or the account's videos.</summary>
[Cmdlet(VerbsCommon.Get, "HeyGenVideo", DefaultParameterSetName = ListSet)]
[OutputType(typeof(HeyGenVideo))]
public sealed class GetHeyGenVideoCommand : HeyGenCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";

    [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public string[] VideoId { get; set; } = Array.Empty<string>();

    [Parameter(ParameterSetName = ListSet)]
    public string? Title { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, int.MaxValue)]
    public int? First { get; set; }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == ListSet)
        {
            Run(null, (channel, token) => new VideoService(Session.Client).ListAsync(Title, First, channel, token));
            return;
        }

        foreach (var id in VideoId)
        {
            RunForItem(id, async (channel, token) => channel.Output(await new VideoService(Session.Client).GetAsync(id, token).ConfigureAwait(false)));
        }
    }
}
