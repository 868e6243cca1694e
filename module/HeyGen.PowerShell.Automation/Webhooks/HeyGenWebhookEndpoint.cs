using System.Security;

namespace HeyGen.Automation;

/// <summary>
/// A registered webhook endpoint. <see cref="Secret"/> is only present on the object Register-HeyGenWebhookEndpoint
/// returns (HeyGen shows it once) and pipes into Wait-HeyGenWebhookEvent and Test-HeyGenWebhookSignature.
/// </summary>
public sealed class HeyGenWebhookEndpoint
{
    public string EndpointId { get; init; } = string.Empty;

    public Uri? Url { get; init; }

    /// <summary>enabled or disabled.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>The event types it receives; empty means all of them.</summary>
    public string[] Events { get; init; } = Array.Empty<string>();

    /// <summary>The signing secret, only right after registration.</summary>
    public SecureString? Secret { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public override string ToString() => EndpointId;

    internal static HeyGenWebhookEndpoint From(WebhookEndpoint endpoint) => new()
    {
        EndpointId = endpoint.EndpointId,
        Url = endpoint.Url,
        Status = endpoint.Status.Value,
        Events = endpoint.Events?.ToArray() ?? Array.Empty<string>(),
        Secret = string.IsNullOrEmpty(endpoint.Secret) ? null : SecretText.Protect(endpoint.Secret!),
        CreatedAt = endpoint.CreatedAt,
    };
}

/// <summary>What Unregister-HeyGenWebhookEndpoint -PassThru reports.</summary>
public sealed class HeyGenWebhookEndpointRemoval
{
    public string EndpointId { get; init; } = string.Empty;

    public bool Deleted { get; init; }
}

/// <summary>
/// A verified webhook event as Wait-HeyGenWebhookEvent emits it. <see cref="VideoId"/> pipes into Get-, Save- and
/// Remove-HeyGenVideo; <see cref="Event"/> is the client's typed event.
/// </summary>
public sealed class HeyGenWebhookEvent
{
    /// <summary>For example avatar_video.success.</summary>
    public string EventType { get; init; } = string.Empty;

    public string? VideoId { get; init; }

    /// <summary>The video (or GIF) URL of a success event.</summary>
    public Uri? Url { get; init; }

    public Uri? GifUrl { get; init; }

    /// <summary>The callback_id given when the video was created.</summary>
    public string? CallbackId { get; init; }

    /// <summary>Why it failed, for a failure event.</summary>
    public string? Message { get; init; }

    public bool Succeeded => !EventType.EndsWith(".fail", StringComparison.Ordinal);

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The typed event (AvatarVideoSuccessEvent, AvatarVideoFailEvent, ...).</summary>
    public WebhookEvent? Event { get; init; }

    public override string ToString() => EventType + " " + VideoId;

    public static HeyGenWebhookEvent From(WebhookEvent webhookEvent, DateTimeOffset receivedAt)
    {
        if (webhookEvent is null)
        {
            throw new ArgumentNullException(nameof(webhookEvent));
        }

        return webhookEvent.Match(
            success => new HeyGenWebhookEvent
            {
                EventType = webhookEvent.EventType, VideoId = success.EventData.VideoId, Url = success.EventData.Url, GifUrl = success.EventData.GifDownloadUrl,
                CallbackId = success.EventData.CallbackId, ReceivedAt = receivedAt, Event = webhookEvent,
            },
            fail => new HeyGenWebhookEvent
            {
                EventType = webhookEvent.EventType, VideoId = fail.EventData.VideoId, Message = fail.EventData.Msg, CallbackId = fail.EventData.CallbackId,
                ReceivedAt = receivedAt, Event = webhookEvent,
            },
            gif => new HeyGenWebhookEvent
            {
                EventType = webhookEvent.EventType, VideoId = gif.EventData.VideoId, GifUrl = gif.EventData.Url, CallbackId = gif.EventData.CallbackId,
                ReceivedAt = receivedAt, Event = webhookEvent,
            });
    }
}
