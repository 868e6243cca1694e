using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Disconnect-HeyGen: forget the Connect-HeyGen settings (HEYGEN_API_KEY applies again).</summary>
[Cmdlet(VerbsCommunications.Disconnect, "HeyGen")]
[OutputType(typeof(HeyGenConnection))]
public sealed class DisconnectHeyGenCommand : HeyGenCmdlet
{
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void EndProcessing()
    {
        var before = Session.Settings;
        Session.Disconnect();
        if (Session.Emulator is { HasExited: false })
        {
            WriteWarning("The emulator keeps running and the session keeps using it; Stop-HeyGenEmulator stops it.");
        }

        if (PassThru.IsPresent)
        {
            WriteObject(new HeyGenConnection(before.BaseUrl, before.Source, null));
        }
    }
}
