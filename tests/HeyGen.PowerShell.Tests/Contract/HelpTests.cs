using System.Xml.Linq;
using HeyGen.PowerShell.Layout.Help;
using HeyGen.PowerShell.Tests.Support;

namespace HeyGen.PowerShell.Tests.Contract;

/// <summary>The generated MAML help: what Get-Help -Full shows for every cmdlet.</summary>
public sealed class HelpTests : IClassFixture<ModuleFixture>
{
    private static readonly XNamespace Maml = MamlWriter.Maml;
    private static readonly XNamespace Command = MamlWriter.Command;
    private static readonly XNamespace Dev = MamlWriter.Dev;

    private readonly ModuleFixture _module;
    private readonly XDocument _help;

    public HelpTests(ModuleFixture module)
    {
        _module = module;
        _help = XDocument.Load(Path.Combine(TestPaths.ModuleDir, "en-US", "HeyGen.dll-Help.xml"));
    }

    public static TheoryData<string> CmdletNames => new(CmdletConventionTests.ExpectedCmdlets);

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Has_synopsis_description_every_parameter_and_an_example(string name)
    {
        var command = _help.Root!.Elements(Command + "command").Single(c => (string?)c.Element(Command + "details")?.Element(Command + "name") == name);
        Assert.False(string.IsNullOrWhiteSpace(command.Element(Command + "details")!.Element(Maml + "description")!.Value), "synopsis");
        Assert.False(string.IsNullOrWhiteSpace(command.Element(Maml + "description")!.Value), "description");

        var documented = command.Element(Command + "parameters")!.Elements(Command + "parameter")
            .ToDictionary(p => p.Element(Maml + "name")!.Value, p => p.Element(Maml + "description")!.Value);
        foreach (var parameter in _module.Cmdlet(name).Parameters)
        {
            Assert.True(documented.TryGetValue(parameter.Name, out var text) && !string.IsNullOrWhiteSpace(text), name + " -" + parameter.Name);
        }

        var examples = command.Element(Command + "examples")!.Elements(Command + "example").ToList();
        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.Contains(name, e.Element(Dev + "code")!.Value, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Syntax_has_one_entry_per_parameter_set_and_WhatIf_where_supported(string name)
    {
        var cmdlet = _module.Cmdlet(name);
        var command = _help.Root!.Elements(Command + "command").Single(c => (string?)c.Element(Command + "details")?.Element(Command + "name") == name);
        var items = command.Element(Command + "syntax")!.Elements(Command + "syntaxItem").ToList();
        Assert.Equal(Math.Max(1, cmdlet.ParameterSets.Count), items.Count);
        var whatIf = items.SelectMany(i => i.Elements(Command + "parameter")).Any(p => p.Element(Maml + "name")!.Value == "WhatIf");
        Assert.Equal(cmdlet.SupportsShouldProcess, whatIf);
    }

    [Fact]
    public void The_validator_reports_a_missing_parameter_description()
    {
        var sources = HelpSourceReader.ReadFolder(Path.Combine(TestPaths.RepoRoot, "docs", "powershell", "help"));
        Assert.Empty(HelpValidator.Problems(_module.Cmdlets, sources));

        var incomplete = sources.ToDictionary(s => s.Key, s => s.Value, StringComparer.OrdinalIgnoreCase);
        incomplete["Wait-HeyGenVideo"].Parameters.Remove("TimeoutSec");
        Assert.Contains("Wait-HeyGenVideo: parameter -TimeoutSec is not described", HelpValidator.Problems(_module.Cmdlets, incomplete));
    }
}
