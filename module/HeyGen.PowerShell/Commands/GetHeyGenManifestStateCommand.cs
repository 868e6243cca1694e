using System.Management.Automation;
using HeyGen.Automation;
using HeyGen.Manifests.State;

namespace HeyGen.PowerShell.Commands;

/// <summary>Get-HeyGenManifestState: what a manifest's state file records per scene (no network).</summary>
[Cmdlet(VerbsCommon.Get, "HeyGenManifestState")]
[OutputType(typeof(SceneState))]
public sealed class GetHeyGenManifestStateCommand : HeyGenCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    public string Path { get; set; } = string.Empty;

    [Parameter]
    public string? StatePath { get; set; }

    protected override void ProcessRecord()
    {
        var path = GetUnresolvedProviderPathFromPSPath(Path);
        var state = StatePath is null ? null : GetUnresolvedProviderPathFromPSPath(StatePath);
        var emulator = Session.Settings.Source == ConnectionSource.Emulator;
        var status = Run(path, (_, _) => Task.FromResult(ManifestService.Status(path, state, emulator)));
        WriteVerbose("State file: " + status.StatePath + " (" + status.Assets + " uploaded assets)");
        if (status.LockedBy is not null)
        {
            WriteWarning("A render is running: " + status.LockedBy + ".");
        }

        WriteObject(status.Scenes, enumerateCollection: true);
    }
}
