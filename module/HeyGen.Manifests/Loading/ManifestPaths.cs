namespace HeyGen.Manifests.Loading;

/// <summary>Resolves file references relative to the manifest and keeps them inside its folder.</summary>
public static class ManifestPaths
{
    public static bool IsUrl(string value) =>
        value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of <paramref name="relative"/>, and whether it (after following symbolic links) stays inside <paramref name="folder"/>.</summary>
    public static (string FullPath, bool Inside) Resolve(string folder, string relative)
    {
        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var inside = IsInside(root, full);
#if NET
        if (inside && File.Exists(full) && new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            inside = IsInside(root, Path.GetFullPath(target.FullName));
        }
#endif
        return (full, inside);
    }

    private static bool IsInside(string root, string full)
    {
        var prefix = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return full.StartsWith(prefix, comparison);
    }
}
