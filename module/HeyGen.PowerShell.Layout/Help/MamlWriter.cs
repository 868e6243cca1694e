using System.Globalization;
using System.Xml.Linq;
using HeyGen.PowerShell.Layout.Metadata;

namespace HeyGen.PowerShell.Layout.Help;

/// <summary>
/// Writes PowerShell's MAML command help (<c>HeyGen.dll-Help.xml</c>): the words from the help sources, the syntax,
/// types, positions and pipeline input from the compiled cmdlets.
/// </summary>
public static class MamlWriter
{
    public static readonly XNamespace Msh = "http://msh";
    public static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    public static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    private static readonly string[] ParagraphBreak = { "\n\n" };

    public static XDocument Write(IReadOnlyList<CmdletModel> cmdlets, IReadOnlyDictionary<string, HelpSource> sources)
    {
        var root = new XElement(Msh + "helpItems", new XAttribute("schema", "maml"),
            cmdlets.Select(c => CommandElement(c, sources[c.Name])));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    private static XElement CommandElement(CmdletModel cmdlet, HelpSource help)
    {
        var sets = cmdlet.ParameterSets.Count == 0 ? new List<string> { ParameterSetModel.AllSets } : cmdlet.ParameterSets.ToList();
        return new XElement(Command + "command",
            new XAttribute(XNamespace.Xmlns + "maml", Maml),
            new XAttribute(XNamespace.Xmlns + "command", Command),
            new XAttribute(XNamespace.Xmlns + "dev", Dev),
            new XElement(Command + "details",
                new XElement(Command + "name", cmdlet.Name),
                new XElement(Command + "verb", cmdlet.Verb),
                new XElement(Command + "noun", cmdlet.Noun),
                Paragraphs(Maml + "description", help.Synopsis)),
            Paragraphs(Maml + "description", help.Description),
            new XElement(Command + "syntax", sets.Select(set => SyntaxItem(cmdlet, set, help))),
            new XElement(Command + "parameters", cmdlet.Parameters.Select(p => ParameterElement(p, p.Sets.OrderByDescending(s => s.Mandatory).First(), help))),
            new XElement(Command + "inputTypes", InputTypes(cmdlet).Select(t =>
                new XElement(Command + "inputType", TypeElement(t), Paragraphs(Maml + "description", "Bound from the pipeline (see the parameters that accept pipeline input)."))).DefaultIfEmpty(
                new XElement(Command + "inputType", TypeElement("None"), Paragraphs(Maml + "description", "This cmdlet takes no pipeline input.")))),
            new XElement(Command + "returnValues", cmdlet.OutputTypes.Select(t =>
                new XElement(Command + "returnValue", TypeElement(t), Paragraphs(Maml + "description", help.Outputs ?? string.Empty)))),
            new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paragraphs(Maml + "para", help.Notes ?? string.Empty).Elements())),
            new XElement(Command + "examples", help.Examples.Select((e, i) =>
                new XElement(Command + "example",
                    new XElement(Maml + "title", "-------------------------- Example " + (i + 1).ToString(CultureInfo.InvariantCulture) + ": " + e.Title + " --------------------------"),
                    new XElement(Dev + "code", e.Code.TrimEnd()),
                    Paragraphs(Dev + "remarks", e.Remarks)))),
            new XElement(Command + "relatedLinks", help.Links.Select(l =>
                new XElement(Maml + "navigationLink",
                    new XElement(Maml + "linkText", l.StartsWith("http", StringComparison.Ordinal) ? "Online" : l),
                    new XElement(Maml + "uri", l.StartsWith("http", StringComparison.Ordinal) ? l : string.Empty)))));
    }

    private static XElement SyntaxItem(CmdletModel cmdlet, string set, HelpSource help) =>
        new(Command + "syntaxItem",
            new XElement(Maml + "name", cmdlet.Name),
            cmdlet.Parameters.Where(p => p.InSet(set))
                .OrderBy(p => p.For(set)!.Position ?? int.MaxValue)
                .ThenBy(p => p.For(set)!.Mandatory ? 0 : 1)
                .Select(p => ParameterElement(p, p.For(set)!, help)),
            ShouldProcessParameters(cmdlet));

    private static IEnumerable<XElement> ShouldProcessParameters(CmdletModel cmdlet)
    {
        if (!cmdlet.SupportsShouldProcess)
        {
            yield break;
        }

        yield return Switch("WhatIf", "wi", "Shows what would happen if the cmdlet runs. The cmdlet is not run.");
        yield return Switch("Confirm", "cf", "Prompts you for confirmation before running the cmdlet.");
    }

    private static XElement Switch(string name, string alias, string description) =>
        new(Command + "parameter",
            new XAttribute("required", "false"), new XAttribute("variableLength", "true"), new XAttribute("globbing", "false"),
            new XAttribute("pipelineInput", "False"), new XAttribute("position", "named"), new XAttribute("aliases", alias),
            new XElement(Maml + "name", name),
            Paragraphs(Maml + "description", description),
            new XElement(Command + "parameterValue", new XAttribute("required", "false"), new XAttribute("variableLength", "false"), "SwitchParameter"),
            TypeElement("System.Management.Automation.SwitchParameter"),
            new XElement(Dev + "defaultValue", "False"));

    private static XElement ParameterElement(ParameterModel parameter, ParameterSetModel set, HelpSource help)
    {
        var pipeline = set.ValueFromPipeline && set.ValueFromPipelineByPropertyName ? "True (ByPropertyName, ByValue)"
            : set.ValueFromPipeline ? "True (ByValue)"
            : set.ValueFromPipelineByPropertyName ? "True (ByPropertyName)"
            : "False";
        var text = help.Parameters.TryGetValue(parameter.Name, out var description) ? description : string.Empty;
        if (parameter.ValidValues.Count > 0)
        {
            text = text.TrimEnd() + "\n\nValid values: " + string.Join(", ", parameter.ValidValues) + ".";
        }

        return new XElement(Command + "parameter",
            new XAttribute("required", set.Mandatory ? "true" : "false"),
            new XAttribute("variableLength", parameter.TypeName.EndsWith("[]", StringComparison.Ordinal) ? "true" : "false"),
            new XAttribute("globbing", parameter.SupportsWildcards ? "true" : "false"),
            new XAttribute("pipelineInput", pipeline),
            new XAttribute("position", set.Position is int p ? p.ToString(CultureInfo.InvariantCulture) : "named"),
            new XAttribute("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases)),
            new XElement(Maml + "name", parameter.Name),
            Paragraphs(Maml + "description", text),
            parameter.ValidValues.Count > 0
                ? new XElement(Command + "parameterValueGroup", parameter.ValidValues.Select(v =>
                    new XElement(Command + "parameterValue", new XAttribute("required", "false"), new XAttribute("variableLength", "false"), v)))
                : null,
            new XElement(Command + "parameterValue", new XAttribute("required", set.Mandatory ? "true" : "false"), new XAttribute("variableLength", "false"), ShortName(parameter.TypeName)),
            TypeElement(parameter.TypeName),
            new XElement(Dev + "defaultValue", parameter.IsSwitch ? "False" : "None"));
    }

    private static IEnumerable<string> InputTypes(CmdletModel cmdlet) =>
        cmdlet.Parameters.Where(p => p.Sets.Any(s => s.ValueFromPipeline || s.ValueFromPipelineByPropertyName)).Select(p => p.TypeName).Distinct(StringComparer.Ordinal);

    private static XElement TypeElement(string typeName) =>
        new(Dev + "type", new XElement(Maml + "name", typeName), new XElement(Maml + "uri"));

    private static string ShortName(string typeName) => typeName.Substring(typeName.LastIndexOf('.') + 1);

    /// <summary>One maml:para per blank-line-separated paragraph.</summary>
    private static XElement Paragraphs(XName name, string text) =>
        new(name, (text ?? string.Empty).Replace("\r\n", "\n").Split(ParagraphBreak, StringSplitOptions.RemoveEmptyEntries)
            .Select(p => new XElement(Maml + "para", p.Trim().Replace("\n", " "))));
}
