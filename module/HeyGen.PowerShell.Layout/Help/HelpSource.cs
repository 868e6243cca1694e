namespace HeyGen.PowerShell.Layout.Help;

/// <summary>
/// One cmdlet's help as written in <c>docs/powershell/help/&lt;Verb-Noun&gt;.yaml</c>: the words only. Syntax,
/// parameter types, pipeline input and positions come from the compiled cmdlet, so they cannot drift.
/// </summary>
public sealed class HelpSource
{
    public string Name { get; set; } = string.Empty;

    public string Synopsis { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    /// <summary>Parameter name to description.</summary>
    public Dictionary<string, string> Parameters { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public List<HelpExample> Examples { get; set; } = new();

    /// <summary>What the output objects are, in words.</summary>
    public string? Outputs { get; set; }

    public string? Notes { get; set; }

    /// <summary>Related commands or URLs.</summary>
    public List<string> Links { get; set; } = new();
}

/// <summary>An example: a title, the code and what it does.</summary>
public sealed class HelpExample
{
    public string Title { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;

    public string Remarks { get; set; } = string.Empty;
}
