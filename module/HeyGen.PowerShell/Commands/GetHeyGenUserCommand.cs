using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Get-HeyGenUser: the account behind the session's API key.</summary>
[Cmdlet(VerbsCommon.Get, "HeyGenUser")]
[OutputType(typeof(HeyGenUser))]
public sealed class GetHeyGenUserCommand : HeyGenCmdlet
{
    protected override void EndProcessing() =>
        WriteObject(Run(null, (_, token) => HeyGenUser.GetAsync(Session.Client, token)));
}
