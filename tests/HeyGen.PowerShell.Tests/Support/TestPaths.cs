using System.Reflection;

namespace HeyGen.PowerShell.Tests.Support;

/// <summary>Where the laid-out module, the PowerShell Standard reference and the repository are (written in by the build).</summary>
internal static class TestPaths
{
    public static string ModuleDir => Metadata("HeyGenModuleDir");

    public static string SmaReference => Metadata("SmaReference");

    public static string RepoRoot => Metadata("RepoRoot");

    public static string ModuleVersion => new DirectoryInfo(ModuleDir).Name;

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException("Missing build metadata " + key);
}
