using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>
/// New-HeyGenPhotoAvatarLook: generate new looks for a trained group from a prompt (spends credits). Orientation,
/// pose and style bind from the group (those of its photos); Wait-HeyGenPhotoAvatar waits for the looks.
/// </summary>
[Cmdlet(VerbsCommon.New, "HeyGenPhotoAvatarLook", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(HeyGenPhotoAvatarGeneration))]
public sealed class NewHeyGenPhotoAvatarLookCommand : HeyGenCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    public string GroupId { get; set; } = string.Empty;

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    public string[] Prompt { get; set; } = Array.Empty<string>();

    // No ValidateSet: a group whose photos were made elsewhere pipes $null in; the Automation layer checks the values.
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Orientation { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Pose { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Style { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var prompt in Prompt)
        {
            if (!ShouldProcess("photo avatar group " + GroupId, "Generate looks from '" + prompt + "' (spends credits)"))
            {
                continue;
            }

            RunForItem(GroupId, async (channel, token) =>
                channel.Output(await new PhotoAvatarService(Session.Client, Session.PhotoAvatars).GenerateLooksAsync(GroupId, prompt, Orientation, Pose, Style, token).ConfigureAwait(false)));
        }
    }
}
