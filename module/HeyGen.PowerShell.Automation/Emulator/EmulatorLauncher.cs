using System.Runtime.InteropServices;

namespace HeyGen.Automation;

/// <summary>Starts the emulator that ships with the module, with the dotnet host found on this machine.</summary>
public static class EmulatorLauncher
{
    public static Task<EmulatorProcess> StartAsync(string moduleBase, int port, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        var dotnet = DotNetLocator.Find(environment, File.Exists, RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            ?? throw new EmulatorStartException("The emulator needs the dotnet host, and none was found (DOTNET_HOST_PATH, DOTNET_ROOT, PATH, default folders).",
                "Install the .NET 10 runtime with ASP.NET Core, or set DOTNET_ROOT to its folder.");
        var info = new EmulatorStartInfo(dotnet, new ModuleLayout(moduleBase).EmulatorAssemblyPath) { Port = port };
        return EmulatorProcess.StartAsync(info, cancellationToken);
    }
}
