namespace HeyGen.Manifests.Events;

/// <summary>
/// Turns an HTTP listener prefix such as <c>http://127.0.0.1:8085/</c> or <c>http://+:8085/heygen/</c> into
/// <see cref="HeyGenWebhookReceiverOptions"/>. The prefix is where the receiver listens locally; HeyGen posts to the
/// manifest's <c>callback_url</c> (or a registered endpoint's URL), which must reach that prefix: the same URL when
/// HeyGen can reach the machine (the embedded emulator can), otherwise a public URL whose tunnel or reverse proxy
/// forwards to it, with the same path.
/// </summary>
public static class WebhookListenPrefix
{
    /// <summary>Parses a prefix; the secret is the one deliveries must be signed with.</summary>
    /// <exception cref="FormatException">Not an absolute <c>http://host:port/path/</c> URL with an explicit port.</exception>
    public static HeyGenWebhookReceiverOptions Parse(string prefix, string secret)
    {
        if (string.IsNullOrWhiteSpace(prefix))
        {
            throw new FormatException("The webhook listen prefix is empty; expected for example http://127.0.0.1:8085/.");
        }

        // "+" and "*" (every interface) are valid HttpListener hosts but not valid URI hosts: parse with a stand-in.
        var text = prefix.Trim();
        var wildcard = WildcardHost(text);
        var parsable = wildcard is null ? text : text.Replace("://" + wildcard, "://wildcard.invalid");
        if (!Uri.TryCreate(parsable, UriKind.Absolute, out var uri) || !string.Equals(uri.Scheme, "http", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException("The webhook listen prefix '" + prefix + "' is not an http:// URL; expected for example http://127.0.0.1:8085/ (terminate TLS in a proxy or tunnel in front of it).");
        }

        if (!HasExplicitPort(text))
        {
            throw new FormatException("The webhook listen prefix '" + prefix + "' has no port; expected for example http://127.0.0.1:8085/.");
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new FormatException("The webhook listen prefix '" + prefix + "' has a query or fragment; a prefix is scheme, host, port and path only.");
        }

        return new HeyGenWebhookReceiverOptions
        {
            Host = wildcard ?? uri.Host,
            Port = uri.Port,
            Path = uri.AbsolutePath,
            Secret = secret ?? string.Empty,
        };
    }

    private static string? WildcardHost(string prefix)
    {
        var start = prefix.IndexOf("://", StringComparison.Ordinal);
        if (start < 0 || start + 3 >= prefix.Length)
        {
            return null;
        }

        var host = prefix[start + 3];
        return host is '+' or '*' ? host.ToString() : null;
    }

    private static bool HasExplicitPort(string prefix)
    {
        var start = prefix.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = prefix.IndexOf('/', start);
        var authority = end < 0 ? prefix.Substring(start) : prefix.Substring(start, end - start);
        var colon = authority.LastIndexOf(':');
        return colon >= 0 && colon > authority.LastIndexOf(']') && colon < authority.Length - 1;
    }
}
