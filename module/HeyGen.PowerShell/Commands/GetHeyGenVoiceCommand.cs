using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>Get-HeyGenVoice: text-to-speech voices, filtered by name and language (wildcards) and gender.</summary>
[Cmdlet(VerbsCommon.Get, "HeyGenVoice")]
[OutputType(typeof(HeyGenVoice))]
public sealed class GetHeyGenVoiceCommand : HeyGenCmdlet
{
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(VoiceNameCompleter))]
    public string[] Name { get; set; } = Array.Empty<string>();

    [Parameter]
    [SupportsWildcards]
    public string[] Language { get; set; } = Array.Empty<string>();

    [Parameter]
    [ValidateSet("male", "female")]
    public string? Gender { get; set; }

    protected override void EndProcessing()
    {
        var filter = new CatalogFilter { Names = Name, Languages = Language, Gender = Gender };
        Run(null, async (channel, token) =>
        {
            foreach (var voice in await new CatalogService(Session.Client).GetVoicesAsync(filter, token).ConfigureAwait(false))
            {
                channel.Output(voice);
            }
        });
    }
}
