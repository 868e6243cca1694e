using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Start-HeyGenEmulator: run the local HeyGen emulator and switch this session to it.</summary>
[Cmdlet(VerbsLifecycle.Start, "HeyGenEmulator", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(HeyGenEmulatorInfo))]
public sealed class StartHeyGenEmulatorCommand : HeyGenCmdlet
{
    [Parameter(Position = 0)]
    [ValidateRange(0, 65535)]
    public int Port { get; set; }

    protected override void EndProcessing()
    {
        if (Session.Emulator is { HasExited: false } running)
        {
            WriteError(ErrorRecordFactory.Create(ErrorMapper.Map(new InvalidOperationException("An emulator is already running at " + running.BaseUrl + "; Stop-HeyGenEmulator stops it."), running.BaseUrl)));
            return;
        }

        if (!ShouldProcess("127.0.0.1:" + Port, "Start the HeyGen emulator"))
        {
            return;
        }

        var moduleBase = MyInvocation.MyCommand.Module?.ModuleBase ?? string.Empty;
        var emulator = Run(moduleBase, (_, token) => EmulatorLauncher.StartAsync(moduleBase, Port, Environment.GetEnvironmentVariable, token));
        Session.AttachEmulator(emulator);
        WriteVerbose("The session now uses the emulator at " + emulator.BaseUrl + ".");
        WriteObject(HeyGenEmulatorInfo.From(emulator));
    }
}
