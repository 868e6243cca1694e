using System.Security;

namespace HeyGen.Automation;

/// <summary>What a session connects with. The key stays a <see cref="SecureString"/> until a client is built.</summary>
public sealed class ConnectionSettings
{
    public ConnectionSettings(Uri baseUrl, SecureString? apiKey, ConnectionSource source)
    {
        BaseUrl = baseUrl ?? throw new ArgumentNullException(nameof(baseUrl));
        ApiKey = apiKey;
        Source = source;
    }

    public Uri BaseUrl { get; }

    /// <summary>Null means "read HEYGEN_API_KEY at each call" (the client's own fallback).</summary>
    public SecureString? ApiKey { get; }

    public ConnectionSource Source { get; }
}
