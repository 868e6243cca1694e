using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Start-HeyGenPhotoAvatarTraining: train a photo avatar group (spends credits); Wait-HeyGenPhotoAvatar waits for it.</summary>
[Cmdlet(VerbsLifecycle.Start, "HeyGenPhotoAvatarTraining", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(HeyGenPhotoAvatarGroup))]
public sealed class StartHeyGenPhotoAvatarTrainingCommand : HeyGenCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public string[] GroupId { get; set; } = Array.Empty<string>();

    protected override void ProcessRecord()
    {
        foreach (var id in GroupId)
        {
            if (ShouldProcess("photo avatar group " + id, "Train (spends credits)"))
            {
                RunForItem(id, async (channel, token) =>
                    channel.Output(await new PhotoAvatarService(Session.Client, Session.PhotoAvatars).TrainAsync(id, token).ConfigureAwait(false)));
            }
        }
    }
}
