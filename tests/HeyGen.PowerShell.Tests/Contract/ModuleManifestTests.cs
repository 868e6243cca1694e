using HeyGen.PowerShell.Tests.Support;

namespace HeyGen.PowerShell.Tests.Contract;

/// <summary>HeyGen.psd1 of the laid-out module: a valid data file, Gallery-ready, exporting exactly the cmdlets.</summary>
public sealed class ModuleManifestTests : IClassFixture<ModuleFixture>
{
    private readonly ModuleFixture _module;
    private readonly Dictionary<string, object?> _manifest;

    public ModuleManifestTests(ModuleFixture module)
    {
        _module = module;
        _manifest = Psd1Reader.ReadFile(Path.Combine(TestPaths.ModuleDir, "HeyGen.psd1"));
    }

    [Fact]
    public void CmdletsToExport_lists_exactly_the_cmdlets_of_the_assembly_without_wildcards()
    {
        var exported = Strings("CmdletsToExport");
        Assert.DoesNotContain(exported, e => e.Contains('*', StringComparison.Ordinal));
        Assert.Equal(_module.Cmdlets.Select(c => c.Name).Order(StringComparer.Ordinal), exported.Order(StringComparer.Ordinal));
        Assert.Empty(Strings("FunctionsToExport"));
        Assert.Empty(Strings("AliasesToExport"));
        Assert.Empty(Strings("VariablesToExport"));
    }

    [Fact]
    public void Root_module_is_the_cmdlet_assembly_and_the_loader_is_imported_before_it()
    {
        Assert.Equal("HeyGen.dll", _manifest["RootModule"]);
        Assert.Equal("HeyGen.PowerShell.Loader.dll", Strings("NestedModules").First());
        Assert.All(Strings("NestedModules").Append("HeyGen.dll"), f => Assert.True(File.Exists(Path.Combine(TestPaths.ModuleDir, f)), f));
    }

    [Fact]
    public void Runs_on_Windows_PowerShell_5_1_and_PowerShell_7()
    {
        Assert.Equal(new[] { "Desktop", "Core" }, Strings("CompatiblePSEditions"));
        Assert.Equal("5.1", _manifest["PowerShellVersion"]);
    }

    [Fact]
    public void Version_matches_the_folder_and_the_build_and_the_guid_is_valid()
    {
        Assert.Equal(TestPaths.ModuleVersion, _manifest["ModuleVersion"]);
        Assert.True(Guid.TryParse(_manifest["GUID"] as string, out var guid) && guid != Guid.Empty);
        Assert.False(string.IsNullOrWhiteSpace(_manifest["Description"] as string));
        Assert.False(string.IsNullOrWhiteSpace(_manifest["Author"] as string));
    }

    [Fact]
    public void Format_data_is_listed_and_present()
    {
        Assert.All(Strings("FormatsToProcess"), f => Assert.True(File.Exists(Path.Combine(TestPaths.ModuleDir, f)), f));
    }

    [Fact]
    public void Gallery_metadata_is_complete()
    {
        var psData = Assert.IsType<Dictionary<string, object?>>(Assert.IsType<Dictionary<string, object?>>(_manifest["PrivateData"])["PSData"]);
        Assert.Contains("HeyGen", Assert.IsType<List<object?>>(psData["Tags"]).Cast<string>());
        Assert.All(new[] { "Tags", "LicenseUri", "ProjectUri", "ReleaseNotes" }, key => Assert.NotNull(psData[key]));
        Assert.True(Uri.IsWellFormedUriString((string)psData["ProjectUri"]!, UriKind.Absolute));
    }

    [Fact]
    public void The_reader_rejects_what_PowerShell_rejects_in_a_data_file()
    {
        var file = Path.Combine(Path.GetTempPath(), "heygen-" + Guid.NewGuid().ToString("N") + ".psd1");
        File.WriteAllText(file, "@{ RootModule = $PSScriptRoot }");
        try
        {
            Assert.Throws<FormatException>(() => Psd1Reader.ReadFile(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private List<string> Strings(string key) =>
        _manifest[key] switch
        {
            List<object?> list => list.Cast<string>().ToList(),
            string single => new List<string> { single },
            _ => new List<string>(),
        };
}
