namespace HeyGen.PowerShell.Loader;

/// <summary>
/// Decides, per dependency, between the module's private copy and the platform's. The platform wins only for
/// assemblies of the shared .NET framework that are at least as new as ours: those define types that must be the
/// framework's own (Span in System.Memory, for example), and loading a second copy would split them. Everything
/// else (YamlDotNet, CsvHelper, a System.Text.Json newer than the runtime's, our own libraries) is private, so
/// another module's version of it never meets ours.
/// </summary>
public static class DependencyPolicy
{
    public static LoadChoice Decide(Version privateVersion, Version? frameworkVersion)
    {
        if (privateVersion is null)
        {
            throw new ArgumentNullException(nameof(privateVersion));
        }

        return frameworkVersion is not null && frameworkVersion >= privateVersion ? LoadChoice.Platform : LoadChoice.Private;
    }

    /// <summary>
    /// On .NET Framework a private copy answers a failed load only when it is at least the requested version
    /// (older requests are served by our newer copy: there are no binding redirects in a module).
    /// </summary>
    public static bool CanServe(Version privateVersion, Version? requestedVersion)
    {
        if (privateVersion is null)
        {
            throw new ArgumentNullException(nameof(privateVersion));
        }

        return requestedVersion is null || privateVersion >= requestedVersion;
    }
}
