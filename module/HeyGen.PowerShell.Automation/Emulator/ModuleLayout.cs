namespace HeyGen.Automation;

/// <summary>
/// Where things are in the laid-out module (<c>artifacts/HeyGen/&lt;version&gt;/</c>): the psd1, the cmdlet and loader
/// assemblies at the top, isolated dependencies in <c>dependencies/</c>, the emulator in <c>emulator/</c>.
/// </summary>
public sealed class ModuleLayout
{
    public const string DependenciesFolder = "dependencies";

    public const string EmulatorFolder = "emulator";

    public const string EmulatorAssembly = "HeyGen.Emulator.dll";

    public ModuleLayout(string moduleBase) => ModuleBase = moduleBase ?? throw new ArgumentNullException(nameof(moduleBase));

    public string ModuleBase { get; }

    public string EmulatorAssemblyPath => Path.Combine(ModuleBase, EmulatorFolder, EmulatorAssembly);

    public string DependenciesPath => Path.Combine(ModuleBase, DependenciesFolder);
}
