namespace HeyGen.Manifests.Model;

/// <summary>A file the render needs: a local file (uploaded once, keyed by content hash) or a public URL.</summary>
public sealed class MediaSource
{
    private MediaSource(bool isUrl, string value, string written)
    {
        IsUrl = isUrl;
        Value = value;
        Written = written;
    }

    public bool IsUrl { get; }

    /// <summary>The URL, or the local file's full path.</summary>
    public string Value { get; }

    /// <summary>As written in the manifest (relative path or URL).</summary>
    public string Written { get; }

    public static MediaSource Url(string url) => new(true, url, url);

    public static MediaSource Local(string fullPath, string written) => new(false, fullPath, written);

    public override string ToString() => Written;
}
