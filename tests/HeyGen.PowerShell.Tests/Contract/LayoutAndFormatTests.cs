using System.Xml.Linq;
using HeyGen.PowerShell.Tests.Support;

namespace HeyGen.PowerShell.Tests.Contract;

/// <summary>The module folder's layout and its format data.</summary>
public sealed class LayoutAndFormatTests : IClassFixture<ModuleFixture>
{
    private readonly ModuleFixture _module;

    public LayoutAndFormatTests(ModuleFixture module) => _module = module;

    [Fact]
    public void Only_the_entry_and_cmdlet_assemblies_sit_next_to_the_manifest()
    {
        var top = Directory.GetFiles(TestPaths.ModuleDir, "*.dll").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "HeyGen.PowerShell.Loader.dll", "HeyGen.dll" }.Order(StringComparer.Ordinal), top);
    }

    [Fact]
    public void Dependencies_hold_our_libraries_and_theirs_but_not_PowerShell()
    {
        var dependencies = Directory.GetFiles(Path.Combine(TestPaths.ModuleDir, "dependencies"), "*.dll").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.Contains("HeyGen.PowerShell.Automation", dependencies);
        Assert.Contains("HeyGen.Client", dependencies);
        Assert.Contains("HeyGen.Manifests", dependencies);
        Assert.Contains("YamlDotNet", dependencies);
        Assert.Contains("System.Text.Json", dependencies);
        Assert.DoesNotContain("System.Management.Automation", dependencies);
    }

    [Fact]
    public void The_standalone_emulator_ships_in_its_own_folder()
    {
        Assert.True(File.Exists(Path.Combine(TestPaths.ModuleDir, "emulator", "HeyGen.Emulator.dll")));
        Assert.True(File.Exists(Path.Combine(TestPaths.ModuleDir, "emulator", "HeyGen.Emulator.runtimeconfig.json")));
    }

    [Fact]
    public void Every_output_type_has_a_default_view()
    {
        var format = XDocument.Load(Path.Combine(TestPaths.ModuleDir, "HeyGen.Format.ps1xml"));
        var viewed = format.Descendants("TypeName").Select(t => t.Value.Trim()).ToHashSet(StringComparer.Ordinal);
        var outputs = _module.Cmdlets.SelectMany(c => c.OutputTypes).Where(t => t != "System.Boolean").Distinct();
        Assert.All(outputs, t => Assert.Contains(t, viewed));
    }

    [Fact]
    public void Every_view_shows_properties_that_exist()
    {
        var format = XDocument.Load(Path.Combine(TestPaths.ModuleDir, "HeyGen.Format.ps1xml"));
        foreach (var view in format.Descendants("View"))
        {
            var type = _module.Reader.FindType(view.Element("ViewSelectedBy")!.Element("TypeName")!.Value.Trim());
            Assert.NotNull(type);
            var properties = type!.GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            Assert.All(view.Descendants("PropertyName").Select(p => p.Value.Trim()), p => Assert.Contains(p, properties));
        }
    }
}
