using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Send-HeyGenAsset: upload local images, video or audio; takes paths and Get-ChildItem output.</summary>
[Cmdlet(VerbsCommunications.Send, "HeyGenAsset", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(HeyGenAsset))]
public sealed class SendHeyGenAssetCommand : HeyGenCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [SupportsWildcards]
    public string[] Path { get; set; } = Array.Empty<string>();

    protected override void ProcessRecord()
    {
        foreach (var pattern in Path)
        {
            IEnumerable<string> files;
            try
            {
                files = GetResolvedProviderPathFromPSPath(pattern, out _);
            }
            catch (ItemNotFoundException ex)
            {
                WriteError(ErrorRecordFactory.Create(ErrorMapper.Map(new FileNotFoundException(ex.Message, pattern), pattern)));
                continue;
            }

            foreach (var file in files)
            {
                if (ShouldProcess(file, "Upload to HeyGen"))
                {
                    RunForItem(file, async (channel, token) => channel.Output(await new AssetService(Session.Client).UploadAsync(file, token).ConfigureAwait(false)));
                }
            }
        }
    }
}
