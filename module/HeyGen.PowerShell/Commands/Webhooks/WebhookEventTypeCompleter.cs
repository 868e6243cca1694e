using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace HeyGen.PowerShell;

/// <summary>Completes webhook event types (avatar_video.success, ...) from the client's known values; no request needed.</summary>
public sealed class WebhookEventTypeCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        HeyGen.WebhookEventType.KnownValues
            .Select(v => v.Value)
            .Where(v => v.StartsWith((wordToComplete ?? string.Empty).Trim('\'', '"'), StringComparison.OrdinalIgnoreCase))
            .Select(v => new CompletionResult(v, v, CompletionResultType.ParameterValue, v));
}
