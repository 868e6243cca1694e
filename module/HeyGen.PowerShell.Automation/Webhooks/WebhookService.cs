using System.Security;
using System.Text;

namespace HeyGen.Automation;

/// <summary>What the webhook endpoint cmdlets do: register, list, remove; and check signatures.</summary>
public sealed class WebhookService
{
    /// <summary>Where Test-HeyGenWebhookSignature and Wait-HeyGenWebhookEvent find the secret when -Secret is not given.</summary>
    public const string SecretVariable = "HEYGEN_WEBHOOK_SECRET";

    private readonly HeyGenClient _client;

    public WebhookService(HeyGenClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>POST /v3/webhooks/endpoints; the result carries the signing secret (shown only now).</summary>
    /// <exception cref="ArgumentException">The URL is not http(s), or an event type is unknown.</exception>
    public async Task<HeyGenWebhookEndpoint> RegisterAsync(string url, IReadOnlyCollection<string>? events, string? entityId, CancellationToken cancellationToken)
    {
        var request = new CreateWebhookEndpointRequest { Url = HttpUrl(url) };
        if (events is { Count: > 0 })
        {
            request.Events = events.Select(e => StreamingService.Known(WebhookEventType.KnownValues, v => v.Value, e, "Event")).ToList();
        }

        if (!string.IsNullOrEmpty(entityId))
        {
            request.EntityId = entityId;
        }

        return HeyGenWebhookEndpoint.From(await _client.Webhooks.CreateWebhookEndpointAsync(request, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Posts the account's endpoints (all pages), only <paramref name="endpointIds"/> when given.</summary>
    public async Task ListAsync(IReadOnlyCollection<string>? endpointIds, OperationChannel channel, CancellationToken cancellationToken)
    {
        if (channel is null)
        {
            throw new ArgumentNullException(nameof(channel));
        }

        var wanted = endpointIds is { Count: > 0 } ? new HashSet<string>(endpointIds, StringComparer.Ordinal) : null;
        var found = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var endpoint in _client.Webhooks.EnumerateWebhookEndpointsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (wanted is null || wanted.Contains(endpoint.EndpointId))
            {
                found.Add(endpoint.EndpointId);
                channel.Output(HeyGenWebhookEndpoint.From(endpoint));
            }
        }

        foreach (var missing in wanted?.Where(id => !found.Contains(id)) ?? Enumerable.Empty<string>())
        {
            channel.Error(ErrorMapper.Map(new KeyNotFoundException("No webhook endpoint " + missing + " is registered; Get-HeyGenWebhookEndpoint lists them."), missing));
        }
    }

    /// <summary>DELETE /v3/webhooks/endpoints/{id}.</summary>
    public async Task<HeyGenWebhookEndpointRemoval> RemoveAsync(string endpointId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(endpointId))
        {
            throw new ArgumentException("-EndpointId cannot be empty.", "EndpointId");
        }

        await _client.Webhooks.DeleteWebhookEndpointAsync(endpointId, cancellationToken).ConfigureAwait(false);
        return new HeyGenWebhookEndpointRemoval { EndpointId = endpointId, Deleted = true };
    }

    /// <summary>The secret given, else <c>HEYGEN_WEBHOOK_SECRET</c>.</summary>
    /// <exception cref="ArgumentException">Neither is set.</exception>
    public static string ResolveSecret(SecureString? secret, Func<string, string?> environment)
    {
        if (environment is null)
        {
            throw new ArgumentNullException(nameof(environment));
        }

        var text = secret is null ? environment(SecretVariable) : SecretText.Reveal(secret);
        return string.IsNullOrEmpty(text)
            ? throw new ArgumentException("No webhook signing secret: pass -Secret (the Secret of Register-HeyGenWebhookEndpoint's output) or set " + SecretVariable + ".", "Secret")
            : text!;
    }

    /// <summary>True when <paramref name="signature"/> is the HMAC-SHA256 of <paramref name="body"/>'s UTF-8 bytes under the secret.</summary>
    public static bool IsValid(string body, string? signature, string secret) =>
        HeyGenWebhookSignature.IsValid(Encoding.UTF8.GetBytes(body ?? throw new ArgumentNullException(nameof(body))), signature, secret);

    /// <summary>True when <paramref name="signature"/> matches the exact bytes of <paramref name="body"/>.</summary>
    public static bool IsValid(byte[] body, string? signature, string secret) => HeyGenWebhookSignature.IsValid(body, signature, secret);

    private static Uri HttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps)
            ? parsed
            : throw new ArgumentException("'" + url + "' is not an http(s) URL HeyGen can call.", "Url");
}
