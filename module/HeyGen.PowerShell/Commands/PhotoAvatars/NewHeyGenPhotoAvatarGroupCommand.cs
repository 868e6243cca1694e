using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>
/// New-HeyGenPhotoAvatarGroup: create a photo avatar group from the first image key of a finished photo generation;
/// the other keys ride along as UnusedImageKeys for Add-HeyGenPhotoAvatarLook.
/// </summary>
[Cmdlet(VerbsCommon.New, "HeyGenPhotoAvatarGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(HeyGenPhotoAvatarGroup))]
public sealed class NewHeyGenPhotoAvatarGroupCommand : HeyGenCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    public string Name { get; set; } = string.Empty;

    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("ImageKeys")]
    public string[] ImageKey { get; set; } = Array.Empty<string>();

    protected override void ProcessRecord()
    {
        if (!ShouldProcess("photo avatar group '" + Name + "'", "Create"))
        {
            return;
        }

        RunForItem(Name, async (channel, token) =>
            channel.Output(await new PhotoAvatarService(Session.Client, Session.PhotoAvatars).CreateGroupAsync(Name, ImageKey, token).ConfigureAwait(false)));
    }
}
