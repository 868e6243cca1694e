namespace HeyGen.PowerShell.Layout.Metadata;

/// <summary>A cmdlet as its attributes declare it, read without loading PowerShell (see <see cref="CmdletReader"/>).</summary>
public sealed record CmdletModel(
    string Verb,
    string Noun,
    string TypeName,
    string? DefaultParameterSet,
    bool SupportsShouldProcess,
    string ConfirmImpact,
    IReadOnlyList<string> OutputTypes,
    IReadOnlyList<ParameterModel> Parameters)
{
    public string Name => Verb + "-" + Noun;

    /// <summary>Every parameter set name used by a parameter (the implicit all-sets name excluded).</summary>
    public IReadOnlyList<string> ParameterSets =>
        Parameters.SelectMany(p => p.Sets).Select(s => s.SetName).Where(n => n != ParameterSetModel.AllSets).Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>One parameter: its type, aliases and per-set binding.</summary>
public sealed record ParameterModel(
    string Name,
    string TypeName,
    IReadOnlyList<string> Aliases,
    bool SupportsWildcards,
    string? CompleterType,
    IReadOnlyList<string> ValidValues,
    IReadOnlyList<ParameterSetModel> Sets)
{
    /// <summary>The names that bind by property name: the parameter's own and its aliases.</summary>
    public IEnumerable<string> BindingNames => new[] { Name }.Concat(Aliases);

    public bool IsSwitch => TypeName == "System.Management.Automation.SwitchParameter";

    public bool InSet(string setName) => Sets.Any(s => s.SetName == setName || s.SetName == ParameterSetModel.AllSets);

    public ParameterSetModel? For(string setName) =>
        Sets.FirstOrDefault(s => s.SetName == setName) ?? Sets.FirstOrDefault(s => s.SetName == ParameterSetModel.AllSets);
}

/// <summary>A parameter's binding in one parameter set.</summary>
public sealed record ParameterSetModel(string SetName, bool Mandatory, int? Position, bool ValueFromPipeline, bool ValueFromPipelineByPropertyName)
{
    /// <summary>PowerShell's name for "every parameter set".</summary>
    public const string AllSets = "__AllParameterSets";
}
