using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Add-HeyGenPhotoAvatarLook: add images (by key) to a photo avatar group as looks; a group with nothing to add passes through.</summary>
[Cmdlet(VerbsCommon.Add, "HeyGenPhotoAvatarLook", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(HeyGenPhotoAvatarGroup))]
public sealed class AddHeyGenPhotoAvatarLookCommand : HeyGenCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    public string GroupId { get; set; } = string.Empty;

    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("UnusedImageKeys", "ImageKeys")]
    public string[] ImageKey { get; set; } = Array.Empty<string>();

    protected override void ProcessRecord()
    {
        if (ImageKey.Length > 0 && !ShouldProcess("photo avatar group " + GroupId, "Add " + ImageKey.Length + (ImageKey.Length == 1 ? " look" : " looks")))
        {
            return;
        }

        RunForItem(GroupId, async (channel, token) =>
            channel.Output(await new PhotoAvatarService(Session.Client, Session.PhotoAvatars).AddLooksAsync(GroupId, ImageKey, channel, token).ConfigureAwait(false)));
    }
}
