using System.Security;

namespace HeyGen.Automation;

/// <summary>
/// Decides what Connect-HeyGen connects with: an explicit key wins, then HEYGEN_API_KEY; an explicit base URL
/// wins, then HEYGEN_BASE_URL, then HeyGen's production API.
/// </summary>
public static class ConnectionResolver
{
    public const string ApiKeyVariable = "HEYGEN_API_KEY";

    public const string BaseUrlVariable = "HEYGEN_BASE_URL";

    public static readonly Uri DefaultBaseUrl = new("https://api.heygen.com/");

    /// <exception cref="ArgumentException">No key was given and HEYGEN_API_KEY is not set, or a base URL is not absolute http(s).</exception>
    public static ConnectionSettings Resolve(SecureString? apiKey, Uri? baseUrl, Func<string, string?> environment)
    {
        if (environment is null)
        {
            throw new ArgumentNullException(nameof(environment));
        }

        var url = baseUrl ?? ParseUrl(environment(BaseUrlVariable)) ?? DefaultBaseUrl;
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("The base URL must be an absolute http or https URL, not '" + url + "'.", "BaseUrl");
        }

        if (apiKey is { Length: > 0 })
        {
            return new ConnectionSettings(url, apiKey, ConnectionSource.Explicit);
        }

        if (string.IsNullOrEmpty(environment(ApiKeyVariable)))
        {
            throw new ArgumentException("No API key: pass -ApiKey (a SecureString, for example from Read-Host -AsSecureString) or set the " + ApiKeyVariable + " environment variable.", "ApiKey");
        }

        // The key stays in the environment; the client reads it at each call, so it is never copied here.
        return new ConnectionSettings(url, null, ConnectionSource.Environment);
    }

    /// <summary>The settings used when no Connect-HeyGen ran: HEYGEN_API_KEY (checked at the first call) and HEYGEN_BASE_URL.</summary>
    public static ConnectionSettings Implicit(Func<string, string?> environment)
    {
        if (environment is null)
        {
            throw new ArgumentNullException(nameof(environment));
        }

        return new ConnectionSettings(ParseUrl(environment(BaseUrlVariable)) ?? DefaultBaseUrl, null, ConnectionSource.Environment);
    }

    private static Uri? ParseUrl(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Uri.TryCreate(value, UriKind.Absolute, out var url) ? url : throw new ArgumentException(BaseUrlVariable + " is not an absolute URL: '" + value + "'.", "BaseUrl");
}
