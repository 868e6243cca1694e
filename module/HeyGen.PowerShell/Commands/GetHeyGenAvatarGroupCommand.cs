using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Get-HeyGenAvatarGroup: avatar groups (characters), filtered by name (wildcards) and gender.</summary>
[Cmdlet(VerbsCommon.Get, "HeyGenAvatarGroup")]
[OutputType(typeof(HeyGenAvatarGroup))]
public sealed class GetHeyGenAvatarGroupCommand : HeyGenCmdlet
{
    [Parameter(Position = 0)]
    [SupportsWildcards]
    public string[] Name { get; set; } = Array.Empty<string>();

    [Parameter]
    [ValidateSet("male", "female")]
    public string? Gender { get; set; }

    protected override void EndProcessing()
    {
        var filter = new CatalogFilter { Names = Name, Gender = Gender };
        Run(null, async (channel, token) =>
        {
            foreach (var group in await new CatalogService(Session.Client).GetAvatarGroupsAsync(filter, token).ConfigureAwait(false))
            {
                channel.Output(group);
            }
        });
    }
}
