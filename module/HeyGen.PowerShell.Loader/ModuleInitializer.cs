using System.Management.Automation;

namespace HeyGen.PowerShell.Loader;

/// <summary>
/// PowerShell calls <see cref="OnImport"/> when it imports this assembly, which the manifest lists first among its
/// NestedModules, so isolation is in place before the cmdlet assembly (the RootModule) and its references load.
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    public const string DependenciesFolder = "dependencies";

    public void OnImport()
    {
        var moduleBase = Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? ".";
        ModuleIsolation.Install(Path.Combine(moduleBase, DependenciesFolder));
    }

    public void OnRemove(PSModuleInfo psModuleInfo) => ModuleIsolation.Uninstall();
}
