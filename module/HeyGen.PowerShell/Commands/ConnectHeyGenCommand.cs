using System.Management.Automation;
using System.Security;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Connect-HeyGen: choose the API key and base URL (or the local emulator) for this session and verify them.</summary>
[Cmdlet(VerbsCommunications.Connect, "HeyGen", DefaultParameterSetName = KeySet)]
[OutputType(typeof(HeyGenConnection))]
public sealed class ConnectHeyGenCommand : HeyGenCmdlet
{
    private const string KeySet = "ApiKey";
    private const string EmulatorSet = "Emulator";

    [Parameter(ParameterSetName = KeySet, Position = 0)]
    public SecureString? ApiKey { get; set; }

    [Parameter(ParameterSetName = KeySet)]
    public Uri? BaseUrl { get; set; }

    [Parameter(ParameterSetName = EmulatorSet, Mandatory = true)]
    public SwitchParameter Emulator { get; set; }

    [Parameter]
    public SwitchParameter SkipVerification { get; set; }

    protected override void EndProcessing()
    {
        var session = Session;
        if (Emulator.IsPresent)
        {
            if (session.Emulator is not { HasExited: false })
            {
                var moduleBase = MyInvocation.MyCommand.Module?.ModuleBase ?? string.Empty;
                var emulator = Run(null, (_, token) => EmulatorLauncher.StartAsync(moduleBase, 0, Environment.GetEnvironmentVariable, token));
                session.AttachEmulator(emulator);
            }
        }
        else
        {
            var settings = Run(BaseUrl, (_, _) => Task.FromResult(ConnectionResolver.Resolve(ApiKey, BaseUrl, Environment.GetEnvironmentVariable)));
            if (session.Emulator is { HasExited: false })
            {
                WriteWarning("An emulator is running; the session keeps using it until Stop-HeyGenEmulator, then switches to " + settings.BaseUrl + ".");
            }

            session.Connect(settings);
        }

        var current = session.Settings;
        var user = SkipVerification.IsPresent ? null : Run(current.BaseUrl, (_, token) => HeyGenUser.GetAsync(session.Client, token));
        WriteObject(new HeyGenConnection(current.BaseUrl, current.Source, user?.UserName));
    }
}
