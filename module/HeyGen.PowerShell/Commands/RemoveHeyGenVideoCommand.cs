using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Remove-HeyGenVideo: delete videos from the account (asks first: ConfirmImpact High; -Confirm:$false skips the question).</summary>
[Cmdlet(VerbsCommon.Remove, "HeyGenVideo", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(HeyGenVideoRemoval))]
public sealed class RemoveHeyGenVideoCommand : HeyGenCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public string[] VideoId { get; set; } = Array.Empty<string>();

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var id in VideoId)
        {
            if (!ShouldProcess("video " + id, "Delete from the HeyGen account (cannot be undone)"))
            {
                continue;
            }

            RunForItem(id, async (channel, token) =>
            {
                var removal = await new VideoService(Session.Client).RemoveAsync(id, token).ConfigureAwait(false);
                if (PassThru.IsPresent)
                {
                    channel.Output(removal);
                }
            });
        }
    }
}
