using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>
/// Wait-HeyGenPhotoAvatar: wait for a photo or look generation (objects with a GenerationId) or a group's training
/// (objects with only a GroupId), with a progress bar; outputs the finished generation or the trained group.
/// </summary>
[Cmdlet(VerbsLifecycle.Wait, "HeyGenPhotoAvatar")]
[OutputType(typeof(HeyGenPhotoAvatarGeneration), typeof(HeyGenPhotoAvatarGroup))]
public sealed class WaitHeyGenPhotoAvatarCommand : HeyGenCmdlet
{
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? GenerationId { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? GroupId { get; set; }

    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? TimeoutSec { get; set; }

    protected override void ProcessRecord()
    {
        var timeout = TimeoutSec is int seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        RunForItem(GenerationId ?? GroupId, async (channel, token) =>
            channel.Output(await new PhotoAvatarService(Session.Client, Session.PhotoAvatars).WaitAsync(GenerationId, GroupId, timeout, channel, token).ConfigureAwait(false)));
    }
}
