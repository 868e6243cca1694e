using HeyGen.Manifests.Model;
using HeyGen.Manifests.Validation;

namespace HeyGen.Manifests;

/// <summary>A manifest read and checked: its scenes when valid, every error otherwise.</summary>
public sealed class ManifestValidation
{
    public ManifestValidation(string path, ManifestDocument? document, IReadOnlyList<ResolvedScene> scenes, IReadOnlyList<ManifestError> errors)
    {
        Path = path;
        Document = document;
        Scenes = scenes;
        Errors = errors;
    }

    public string Path { get; }

    public ManifestDocument? Document { get; }

    public IReadOnlyList<ResolvedScene> Scenes { get; }

    /// <summary>Every problem, in file order.</summary>
    public IReadOnlyList<ManifestError> Errors { get; }

    public bool IsValid => Errors.Count == 0 && Document is not null;
}
