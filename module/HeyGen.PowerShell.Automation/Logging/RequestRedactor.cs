using System.Net.Http;
using System.Text;

namespace HeyGen.Automation;

/// <summary>
/// Describes an HTTP request for -Verbose without secrets: credential headers show as <c>***</c>, and so do query
/// parameters that carry credentials (presigned download URLs put their signature in the query string).
/// </summary>
public static class RequestRedactor
{
    public const string Mask = "***";

    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "X-Api-Key", "Authorization", "Proxy-Authorization", "Cookie",
    };

    private static readonly string[] SecretQueryMarkers = { "signature", "token", "key", "credential", "secret", "password", "sig", "auth" };

    /// <summary><c>GET https://api.heygen.com/v3/videos?limit=10 [X-Api-Key: ***]</c></summary>
    public static string Describe(HttpRequestMessage request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var text = new StringBuilder();
        text.Append(request.Method.Method).Append(' ').Append(request.RequestUri is null ? "(no URL)" : RedactUrl(request.RequestUri));
        var headers = request.Headers.Select(h => h.Key + ": " + (SecretHeaders.Contains(h.Key) ? Mask : string.Join(", ", h.Value))).ToList();
        if (headers.Count > 0)
        {
            text.Append(" [").Append(string.Join("; ", headers)).Append(']');
        }

        if (request.Content?.Headers.ContentType is { } contentType)
        {
            text.Append(" (").Append(contentType.MediaType);
            if (request.Content.Headers.ContentLength is long length)
            {
                text.Append(", ").Append(length).Append(" bytes");
            }

            text.Append(')');
        }

        return text.ToString();
    }

    /// <summary>The URL with the values of credential-like query parameters masked.</summary>
    public static string RedactUrl(Uri url)
    {
        if (url is null)
        {
            throw new ArgumentNullException(nameof(url));
        }

        if (!url.IsAbsoluteUri || url.Query.Length <= 1)
        {
            return url.ToString();
        }

        var pairs = url.Query.Substring(1).Split('&').Select(pair =>
        {
            var equals = pair.IndexOf('=');
            var name = equals < 0 ? pair : pair.Substring(0, equals);
            return equals >= 0 && IsSecretName(Uri.UnescapeDataString(name)) ? name + "=" + Mask : pair;
        });
        return url.GetLeftPart(UriPartial.Path) + "?" + string.Join("&", pairs);
    }

    private static bool IsSecretName(string name) =>
        SecretQueryMarkers.Any(marker => name.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0);
}
