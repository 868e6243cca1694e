namespace HeyGen.Automation;

/// <summary>How to start an emulator process.</summary>
public sealed class EmulatorStartInfo
{
    public EmulatorStartInfo(string dotNetPath, string emulatorAssemblyPath)
    {
        DotNetPath = dotNetPath ?? throw new ArgumentNullException(nameof(dotNetPath));
        EmulatorAssemblyPath = emulatorAssemblyPath ?? throw new ArgumentNullException(nameof(emulatorAssemblyPath));
    }

    public string DotNetPath { get; }

    /// <summary>HeyGen.Emulator.dll (the module ships it in its <c>emulator</c> folder).</summary>
    public string EmulatorAssemblyPath { get; }

    /// <summary>Loopback port; 0 lets the emulator pick a free one.</summary>
    public int Port { get; init; }

    /// <summary>Extra arguments after <c>--port</c> (the emulator's own options).</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = Array.Empty<string>();

    /// <summary>How long to wait for the ready line before giving up.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
