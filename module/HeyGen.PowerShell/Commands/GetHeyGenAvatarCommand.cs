using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Get-HeyGenAvatar: avatar looks, filtered by name (wildcards), gender and group.</summary>
[Cmdlet(VerbsCommon.Get, "HeyGenAvatar")]
[OutputType(typeof(HeyGenAvatar))]
public sealed class GetHeyGenAvatarCommand : HeyGenCmdlet
{
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(AvatarNameCompleter))]
    public string[] Name { get; set; } = Array.Empty<string>();

    [Parameter]
    [ValidateSet("male", "female")]
    public string? Gender { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(AvatarGroupIdCompleter))]
    public string? GroupId { get; set; }

    protected override void ProcessRecord()
    {
        var filter = new CatalogFilter { Names = Name, Gender = Gender };
        RunForItem(GroupId, async (channel, token) =>
        {
            foreach (var avatar in await new CatalogService(Session.Client).GetAvatarsAsync(filter, GroupId, token).ConfigureAwait(false))
            {
                channel.Output(avatar);
            }
        });
    }
}
