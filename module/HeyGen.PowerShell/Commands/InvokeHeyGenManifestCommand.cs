using System.Management.Automation;
using HeyGen.Automation;
using HeyGen.Manifests.Rendering;

namespace HeyGen.PowerShell.Commands;

/// <summary>
/// Invoke-HeyGenManifest: render a video manifest idempotently. -WhatIf prints the plan (one line per scene with
/// work) and sends nothing; otherwise each scene's outcome is written as an object, failures as errors.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "HeyGenManifest", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(SceneOutcome))]
public sealed class InvokeHeyGenManifestCommand : HeyGenCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    public string Path { get; set; } = string.Empty;

    [Parameter]
    public string? StatePath { get; set; }

    [Parameter]
    [ValidateRange(1, 100)]
    public int? Concurrency { get; set; }

    protected override void ProcessRecord()
    {
        var path = GetUnresolvedProviderPathFromPSPath(Path);
        var state = StatePath is null ? null : GetUnresolvedProviderPathFromPSPath(StatePath);
        var emulator = Session.Settings.Source == ConnectionSource.Emulator;
        var plan = Run(path, (_, _) => Task.FromResult(ManifestService.Plan(path, state, emulator)));
        if (MyInvocation.BoundParameters.TryGetValue("WhatIf", out var whatIf) && whatIf is SwitchParameter { IsPresent: true })
        {
            foreach (var step in PlanDescription.Describe(plan))
            {
                ShouldProcess(step.Target, step.Action);
            }

            WriteVerbose("Plan: " + plan.Summary());
            return;
        }

        if (!ShouldProcess(path, PlanDescription.Summary(plan)))
        {
            return;
        }

        var result = Run(path, (channel, token) => ManifestService.RenderAsync(path, Session.Client, state, emulator, Concurrency, null, channel, token));
        foreach (var scene in result.Scenes)
        {
            WriteObject(scene);
            if (ManifestService.FailureOf(scene) is { } failure)
            {
                WriteError(ErrorRecordFactory.Create(failure));
            }
        }
    }
}
