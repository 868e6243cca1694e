using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using HeyGen.Automation;

namespace HeyGen.PowerShell;

/// <summary>
/// Tab completion of avatar and voice ids and names from the session's cached catalogue. A completer must never
/// throw or hang the prompt: failures (no connection, no network) complete nothing, and a cold cache gets a few
/// seconds to load.
/// </summary>
public abstract class CatalogCompleter : IArgumentCompleter
{
    private static readonly TimeSpan LoadLimit = TimeSpan.FromSeconds(10);

    private readonly CompletionKind _kind;

    protected CatalogCompleter(CompletionKind kind) => _kind = kind;

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        try
        {
            var session = ModuleState.Current;
            using var limit = new CancellationTokenSource(LoadLimit);
            var candidates = session.Completions
                .GetAsync(_kind, token => new CatalogService(session.Client).GetCompletionsAsync(_kind, token), limit.Token)
                .GetAwaiter().GetResult();
            return CompletionCache.Filter(candidates, wordToComplete)
                .Select(c => new CompletionResult(c.CompletionText, c.ListItemText, CompletionResultType.ParameterValue, c.ToolTip))
                .ToList();
        }
#pragma warning disable CA1031 // A failing completer would print an error at the prompt; completing nothing is the PowerShell way.
        catch (Exception)
#pragma warning restore CA1031
        {
            return Array.Empty<CompletionResult>();
        }
    }
}

/// <summary>Completes -AvatarId.</summary>
public sealed class AvatarIdCompleter : CatalogCompleter
{
    public AvatarIdCompleter()
        : base(CompletionKind.AvatarId)
    {
    }
}

/// <summary>Completes Get-HeyGenAvatar -Name.</summary>
public sealed class AvatarNameCompleter : CatalogCompleter
{
    public AvatarNameCompleter()
        : base(CompletionKind.AvatarName)
    {
    }
}

/// <summary>Completes -GroupId.</summary>
public sealed class AvatarGroupIdCompleter : CatalogCompleter
{
    public AvatarGroupIdCompleter()
        : base(CompletionKind.AvatarGroupId)
    {
    }
}

/// <summary>Completes -VoiceId.</summary>
public sealed class VoiceIdCompleter : CatalogCompleter
{
    public VoiceIdCompleter()
        : base(CompletionKind.VoiceId)
    {
    }
}

/// <summary>Completes Get-HeyGenVoice -Name.</summary>
public sealed class VoiceNameCompleter : CatalogCompleter
{
    public VoiceNameCompleter()
        : base(CompletionKind.VoiceName)
    {
    }
}
