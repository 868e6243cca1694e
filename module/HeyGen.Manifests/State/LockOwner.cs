namespace HeyGen.Manifests.State;

/// <summary>Who holds a manifest's lock: enough to tell a live run from a dead one, and to tell the user.</summary>
public sealed class LockOwner
{
    public int ProcessId { get; set; }

    public string Host { get; set; } = string.Empty;

    public string User { get; set; } = string.Empty;

    /// <summary>The process's start time, so a recycled process id is not mistaken for the owner.</summary>
    public DateTimeOffset? ProcessStartedAt { get; set; }

    public DateTimeOffset AcquiredAt { get; set; }

    public string Tool { get; set; } = string.Empty;

    public override string ToString() =>
        "process " + ProcessId + " on " + Host + " (user " + User + ", " + Tool + ", since " + AcquiredAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture) + ")";
}
