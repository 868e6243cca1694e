using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Save-HeyGenVideo: download a completed video's files (verified, written atomically) to a folder or a file.</summary>
[Cmdlet(VerbsData.Save, "HeyGenVideo", DefaultParameterSetName = DirectorySet)]
[OutputType(typeof(HeyGenSavedFile))]
public sealed class SaveHeyGenVideoCommand : HeyGenCmdlet
{
    private const string DirectorySet = "Directory";
    private const string FileSet = "File";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public string[] VideoId { get; set; } = Array.Empty<string>();

    [Parameter(ParameterSetName = DirectorySet)]
    public string? Directory { get; set; }

    [Parameter(ParameterSetName = FileSet, Mandatory = true)]
    public string Path { get; set; } = string.Empty;

    [Parameter]
    public VideoAsset[] Asset { get; set; } = { VideoAsset.Video };

    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecord()
    {
        // Relative paths mean PowerShell's current location, which is not the process's working directory.
        var directory = ParameterSetName == DirectorySet ? GetUnresolvedProviderPathFromPSPath(string.IsNullOrEmpty(Directory) ? "." : Directory) : null;
        var file = ParameterSetName == FileSet ? GetUnresolvedProviderPathFromPSPath(Path) : null;
        foreach (var id in VideoId)
        {
            RunForItem(id, (channel, token) => new VideoService(Session.Client).SaveAsync(id, Asset, directory, file, Force.IsPresent, channel, token));
        }
    }
}
