using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>New-HeyGenPhotoAvatarPhoto: generate AI photos of a person from a description (spends credits); Wait-HeyGenPhotoAvatar waits for them.</summary>
[Cmdlet(VerbsCommon.New, "HeyGenPhotoAvatarPhoto", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(HeyGenPhotoAvatarGeneration))]
public sealed class NewHeyGenPhotoAvatarPhotoCommand : HeyGenCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    public string Name { get; set; } = string.Empty;

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateSet("Young Adult", "Adult", "Senior")]
    public string Age { get; set; } = string.Empty;

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateSet("Man", "Woman")]
    public string Gender { get; set; } = string.Empty;

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    public string Ethnicity { get; set; } = string.Empty;

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    public string Appearance { get; set; } = string.Empty;

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("square", "horizontal", "vertical")]
    public string Orientation { get; set; } = "square";

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("half_body", "full_body", "headshot")]
    public string Pose { get; set; } = "half_body";

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("Realistic", "Artistic")]
    public string Style { get; set; } = "Realistic";

    protected override void ProcessRecord()
    {
        var spec = new PhotoAvatarPhotoSpec { Name = Name, Age = Age, Gender = Gender, Ethnicity = Ethnicity, Appearance = Appearance, Orientation = Orientation, Pose = Pose, Style = Style };
        if (!ShouldProcess("photos of '" + Name + "' (" + Age + " " + Gender + ", " + Style + ", " + Pose + ")", "Generate HeyGen photo avatar photos (spends credits)"))
        {
            return;
        }

        RunForItem(Name, async (channel, token) =>
            channel.Output(await new PhotoAvatarService(Session.Client, Session.PhotoAvatars).GeneratePhotosAsync(spec, token).ConfigureAwait(false)));
    }
}
