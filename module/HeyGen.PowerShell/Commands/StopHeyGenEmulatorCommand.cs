using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Stop-HeyGenEmulator: stop the session's emulator and switch back to the previous connection.</summary>
[Cmdlet(VerbsLifecycle.Stop, "HeyGenEmulator", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(HeyGenEmulatorInfo))]
public sealed class StopHeyGenEmulatorCommand : HeyGenCmdlet
{
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void EndProcessing()
    {
        if (Session.Emulator is not { } emulator)
        {
            WriteVerbose("No emulator is running in this session.");
            return;
        }

        if (!ShouldProcess(emulator.BaseUrl.ToString(), "Stop the HeyGen emulator"))
        {
            return;
        }

        Session.DetachEmulator();
        WriteVerbose("The session now uses " + Session.Settings.BaseUrl + ".");
        if (PassThru.IsPresent)
        {
            WriteObject(HeyGenEmulatorInfo.From(emulator));
        }
    }
}
