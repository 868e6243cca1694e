namespace HeyGen.Automation;

/// <summary>
/// Finds the <c>dotnet</c> host that runs the emulator: DOTNET_HOST_PATH (set by the SDK), then DOTNET_ROOT, then
/// PATH, then the default install folders. PowerShell 7's own process is pwsh, not dotnet, so it cannot be reused.
/// </summary>
public static class DotNetLocator
{
    private static readonly string[] UnixInstallFolders = { "/usr/share/dotnet/dotnet", "/usr/lib/dotnet/dotnet", "/usr/local/share/dotnet/dotnet", "/opt/dotnet/dotnet" };

    public static string? Find(Func<string, string?> environment, Func<string, bool> fileExists, bool isWindows)
    {
        if (environment is null || fileExists is null)
        {
            throw new ArgumentNullException(environment is null ? nameof(environment) : nameof(fileExists));
        }

        var exe = isWindows ? "dotnet.exe" : "dotnet";
        var separator = isWindows ? ';' : ':';
        var candidates = new List<string>();
        if (environment("DOTNET_HOST_PATH") is { Length: > 0 } host)
        {
            candidates.Add(host);
        }

        foreach (var root in new[] { environment("DOTNET_ROOT"), environment(isWindows ? "DOTNET_ROOT(x86)" : "DOTNET_ROOT_X64") })
        {
            if (!string.IsNullOrEmpty(root))
            {
                candidates.Add(Path.Combine(root!, exe));
            }
        }

        foreach (var folder in (environment("PATH") ?? string.Empty).Split(new[] { separator }, StringSplitOptions.RemoveEmptyEntries))
        {
            candidates.Add(Path.Combine(folder.Trim().Trim('"'), exe));
        }

        if (isWindows)
        {
            candidates.Add(Path.Combine(environment("ProgramFiles") ?? @"C:\Program Files", "dotnet", exe));
        }
        else
        {
            candidates.AddRange(UnixInstallFolders);
            if (environment("HOME") is { Length: > 0 } home)
            {
                candidates.Add(Path.Combine(home, ".dotnet", exe));
            }
        }

        return candidates.FirstOrDefault(fileExists);
    }
}
