namespace HeyGen.Automation;

/// <summary>The session's connection as Connect-HeyGen shows it. Deliberately has no key property.</summary>
public sealed class HeyGenConnection
{
    public HeyGenConnection(Uri baseUrl, ConnectionSource source, string? userName)
    {
        BaseUrl = baseUrl;
        Source = source;
        UserName = userName;
    }

    public Uri BaseUrl { get; }

    public ConnectionSource Source { get; }

    public bool IsEmulator => Source == ConnectionSource.Emulator;

    /// <summary>The account the key belongs to, when the connection was verified.</summary>
    public string? UserName { get; }

    public override string ToString() => BaseUrl + " (" + Source + (UserName is null ? string.Empty : ", " + UserName) + ")";
}
