namespace HeyGen.Manifests.State;

/// <summary>The state file cannot be read. It is never silently reset: a copy is kept and the run stops.</summary>
public sealed class CorruptStateException : Exception
{
    public CorruptStateException(string path, string backup, string reason, Exception? innerException = null)
        : base("The state file " + path + " is damaged (" + reason + "). A copy was kept at " + backup + ". Nothing was reset and nothing was rendered: "
              + "repair the file or restore it from version control; deleting it would make the next run create every video again.", innerException)
    {
        Path = path;
        Backup = backup;
    }

    public string Path { get; }

    public string Backup { get; }
}
