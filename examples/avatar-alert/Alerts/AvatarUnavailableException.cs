namespace HeyGen.Examples.AvatarAlert.Alerts;

/// <summary>The avatar cannot speak this alert; the page shows its fallback dialog. <see cref="Code"/> tells the page why.</summary>
public sealed class AvatarUnavailableException(string code, string message, Exception? innerException = null) : Exception(message, innerException)
{
    /// <summary>No API key on the server.</summary>
    public const string NotConfigured = "not_configured";

    /// <summary>HeyGen's concurrent-session cap is reached.</summary>
    public const string LimitReached = "limit_reached";

    /// <summary>HeyGen failed or could not be reached.</summary>
    public const string Unavailable = "unavailable";

    /// <summary>One of the codes above.</summary>
    public string Code { get; } = code;
}
