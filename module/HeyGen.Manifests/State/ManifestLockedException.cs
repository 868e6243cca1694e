namespace HeyGen.Manifests.State;

/// <summary>Another run holds the manifest's lock.</summary>
public sealed class ManifestLockedException : Exception
{
    public ManifestLockedException(string lockPath, LockOwner? owner)
        : base("Another run is rendering this manifest: " + (owner?.ToString() ?? "an unknown process") + ". Wait for it to finish"
              + (owner is null ? string.Empty : ", or stop it") + ". If no run is active (for example the machine restarted), delete " + lockPath + ".")
    {
        LockPath = lockPath;
        Owner = owner;
    }

    public string LockPath { get; }

    public LockOwner? Owner { get; }
}
