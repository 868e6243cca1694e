namespace HeyGen.Automation;

/// <summary>A target file exists and the caller did not allow replacing it (no -Force).</summary>
public sealed class FileExistsException : IOException
{
    public FileExistsException(string path)
        : base("'" + path + "' already exists.")
    {
        Path = path;
    }

    public string Path { get; }
}
