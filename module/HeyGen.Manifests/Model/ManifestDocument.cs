namespace HeyGen.Manifests.Model;

/// <summary>A loaded manifest: top-level settings, defaults and scene drafts (rows already expanded).</summary>
public sealed class ManifestDocument
{
    public ManifestDocument(string path, string name, string outputDirectory, int concurrency, string? callbackUrl, IReadOnlyDictionary<string, FieldValue> defaults, IReadOnlyList<SceneDraft> scenes)
    {
        Path = path;
        Name = name;
        OutputDirectory = outputDirectory;
        Concurrency = concurrency;
        CallbackUrl = callbackUrl;
        Defaults = defaults;
        Scenes = scenes;
    }

    /// <summary>The manifest file's full path.</summary>
    public string Path { get; }

    /// <summary>The folder that relative paths are resolved against (and that local files must stay inside).</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path) ?? ".";

    public string Name { get; }

    /// <summary>Full path of the output folder.</summary>
    public string OutputDirectory { get; }

    public int Concurrency { get; }

    public string? CallbackUrl { get; }

    public IReadOnlyDictionary<string, FieldValue> Defaults { get; }

    public IReadOnlyList<SceneDraft> Scenes { get; }
}
