using HeyGen.Manifests.Validation;

namespace HeyGen.Manifests;

/// <summary>A manifest with errors was asked to plan or render; nothing was sent.</summary>
public sealed class ManifestInvalidException : Exception
{
    public ManifestInvalidException(IReadOnlyList<ManifestError> errors)
        : base("The manifest has " + errors.Count + " error(s); nothing was sent:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
    {
        Errors = errors;
    }

    public IReadOnlyList<ManifestError> Errors { get; }
}
