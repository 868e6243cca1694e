using System.Management.Automation;
using HeyGen.Automation;
using HeyGen.Manifests.Validation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Test-HeyGenManifest: validate a manifest without calling HeyGen; every error is an object with file, line and column.</summary>
[Cmdlet(VerbsDiagnostic.Test, "HeyGenManifest")]
[OutputType(typeof(ManifestError), typeof(bool))]
public sealed class TestHeyGenManifestCommand : HeyGenCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    public string Path { get; set; } = string.Empty;

    /// <summary>Return only $true (valid) or $false.</summary>
    [Parameter]
    public SwitchParameter Quiet { get; set; }

    protected override void ProcessRecord()
    {
        var path = GetUnresolvedProviderPathFromPSPath(Path);
        var validation = Run(path, (_, _) => Task.FromResult(ManifestService.Validate(path)));
        if (Quiet.IsPresent)
        {
            WriteObject(validation.IsValid);
            return;
        }

        WriteObject(validation.Errors, enumerateCollection: true);
    }
}
