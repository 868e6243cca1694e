using HeyGen.PowerShell.Layout.Metadata;

namespace HeyGen.PowerShell.Tests.Support;

/// <summary>The laid-out module's cmdlets, read once per test class through MetadataLoadContext.</summary>
public sealed class ModuleFixture : IDisposable
{
    public ModuleFixture()
    {
        Reader = new CmdletReader(Path.Combine(TestPaths.ModuleDir, "HeyGen.dll"), TestPaths.SmaReference, Path.Combine(TestPaths.ModuleDir, "dependencies"));
        Cmdlets = Reader.ReadCmdlets();
    }

    public CmdletReader Reader { get; }

    public IReadOnlyList<CmdletModel> Cmdlets { get; }

    public CmdletModel Cmdlet(string name) => Cmdlets.Single(c => c.Name == name);

    public void Dispose() => Reader.Dispose();
}
