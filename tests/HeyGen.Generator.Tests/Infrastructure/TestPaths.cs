namespace HeyGen.Generator.Tests.Infrastructure;

/// <summary>Where the test project's sources live, found from the build output (so snapshots are written next to the tests, not into bin/).</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Project = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HeyGen.Generator.Tests.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find HeyGen.Generator.Tests.csproj above " + AppContext.BaseDirectory);
    });

    public static string ProjectDirectory => Project.Value;

    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

    public static string Specs => Path.Combine(ProjectDirectory, "Specs");

    public static string Corpus => Path.Combine(ProjectDirectory, "Corpus");

    public static string Snapshots => Path.Combine(ProjectDirectory, "Snapshots");

    /// <summary>The HeyGen document under spec/ (written by another team; read-only here).</summary>
    public static string HeyGenSpec => Path.Combine(RepositoryRoot, "spec", "heygen.openapi.yaml");

    /// <summary>The shared seed documents, beside the repository.</summary>
    public static string Seeds => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds"));

    public static string Spec(string fileName) => Path.Combine(Specs, fileName);

    public static string CorpusFile(string fileName) => Path.Combine(Corpus, fileName);
}
