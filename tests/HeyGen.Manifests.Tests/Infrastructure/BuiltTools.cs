namespace HeyGen.Manifests.Tests.Infrastructure;

/// <summary>The built CLI and emulator assemblies (same configuration as the tests), run as real child processes.</summary>
internal static class BuiltTools
{
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string Cli => Find("HeyGen.Cli", "heygen.dll");

    public static string Emulator => Find("HeyGen.Emulator", "HeyGen.Emulator.dll");

    private static string Find(string project, string assembly)
    {
        var path = Path.Combine(TestPaths.Repository, "module", project, "bin", Configuration, "net10.0", assembly);
        return File.Exists(path) ? path : throw new FileNotFoundException("Build " + project + " first (dotnet build) — expected " + path, path);
    }
}
