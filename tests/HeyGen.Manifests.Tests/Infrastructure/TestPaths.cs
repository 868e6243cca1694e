namespace HeyGen.Manifests.Tests.Infrastructure;

/// <summary>Where the test inputs are: the corpus beside the test binaries, the repository for examples and built tools.</summary>
internal static class TestPaths
{
    public static string Corpus => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static string InvalidCorpus => Path.Combine(Corpus, "invalid");

    public static string Repository
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Toolkit.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Toolkit.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Examples => Path.Combine(Repository, "examples", "manifests");
}
