using System.Text.Json;
using HeyGen.Internal;

namespace HeyGen;

/// <summary>Turns a webhook delivery into a typed <see cref="WebhookEvent"/>, verifying its signature first.</summary>
public static class HeyGenWebhookReader
{
    /// <summary>
    /// Verifies the <c>Signature</c> header against the raw body, then parses the event.
    /// </summary>
    /// <exception cref="HeyGenWebhookException">The signature is missing or wrong, or the body is not a known HeyGen event.</exception>
    public static WebhookEvent VerifyAndRead(byte[] body, string? signature, string secret)
    {
        Guard.NotNull(body, nameof(body));
        if (string.IsNullOrWhiteSpace(signature))
        {
            throw new HeyGenWebhookException("The delivery has no " + HeyGenWebhookSignature.HeaderName + " header; it did not come from HeyGen.");
        }

        if (!HeyGenWebhookSignature.IsValid(body, signature, secret))
        {
            throw new HeyGenWebhookException("The " + HeyGenWebhookSignature.HeaderName + " header does not match the body: the delivery was altered or signed with another secret.");
        }

        return Read(body);
    }

    /// <summary>Parses an event without checking its signature (for payloads verified elsewhere).</summary>
    /// <exception cref="HeyGenWebhookException">The body is not a known HeyGen event.</exception>
    public static WebhookEvent Read(byte[] body)
    {
        Guard.NotNull(body, nameof(body));
        try
        {
            return HeyGenJson.Deserialize(body, WebhookEventJsonConverter.ReadValue);
        }
        catch (JsonException ex)
        {
            throw new HeyGenWebhookException("The delivery is not a HeyGen event this client understands: " + ex.Message, ex);
        }
    }
}
