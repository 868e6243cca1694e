namespace HeyGen.Automation;

/// <summary>One tab-completion suggestion, shaped like PowerShell's CompletionResult.</summary>
public sealed class CompletionCandidate
{
    public CompletionCandidate(string value, string listItemText, string toolTip)
    {
        Value = value;
        ListItemText = listItemText;
        ToolTip = toolTip;
    }

    /// <summary>The raw value (an id or a name); <see cref="CompletionText"/> quotes it when needed.</summary>
    public string Value { get; }

    public string ListItemText { get; }

    public string ToolTip { get; }

    /// <summary>What is inserted on the command line: single-quoted when it has spaces or PowerShell metacharacters.</summary>
    public string CompletionText => NeedsQuotes(Value) ? "'" + Value.Replace("'", "''") + "'" : Value;

    private static bool NeedsQuotes(string value) =>
        value.Length == 0 || value.Any(c => char.IsWhiteSpace(c) || "'\"`$&|;,(){}[]@#<>".IndexOf(c) >= 0);
}
