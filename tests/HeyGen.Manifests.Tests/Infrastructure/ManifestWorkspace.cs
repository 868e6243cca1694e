using System.Text;

namespace HeyGen.Manifests.Tests.Infrastructure;

/// <summary>
/// A throwaway folder holding one manifest and the example assets and CSV, so each test renders real files
/// without touching the repository. Deleted on dispose.
/// </summary>
internal sealed class ManifestWorkspace : IDisposable
{
    public ManifestWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "heygen-manifest-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        CopyDirectory(Path.Combine(TestPaths.Examples, "assets"), Path.Combine(Root, "assets"));
        CopyDirectory(Path.Combine(TestPaths.Examples, "data"), Path.Combine(Root, "data"));
    }

    public string Root { get; }

    public string ManifestPath => Path.Combine(Root, "video.yaml");

    public string OutputDirectory => Path.Combine(Root, "out");

    public string StatePath => Path.Combine(Root, "video.heygen-state.json");

    /// <summary>Writes the manifest (replacing it) and returns its path.</summary>
    public string Write(string yaml)
    {
        File.WriteAllText(ManifestPath, yaml.ReplaceLineEndings("\n"), new UTF8Encoding(false));
        return ManifestPath;
    }

    public string Output(string fileName) => Path.Combine(OutputDirectory, fileName);

    /// <summary>A CSV in data/ with a header and one row per value.</summary>
    public void WriteCsv(string name, string header, IEnumerable<string> rows) =>
        File.WriteAllText(Path.Combine(Root, "data", name), header + "\n" + string.Join("\n", rows) + "\n", new UTF8Encoding(false));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A killed child process may still hold a file for a moment; the OS cleans the temp folder.
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
