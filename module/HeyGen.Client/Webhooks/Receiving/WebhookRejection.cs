namespace HeyGen;

/// <summary>A delivery a <see cref="HeyGenWebhookReceiver"/> refused, and why.</summary>
public sealed class WebhookRejection
{
    /// <summary>Creates a record of one refused delivery.</summary>
    public WebhookRejection(DateTimeOffset receivedAt, int statusCode, string reason, string? remoteAddress)
    {
        ReceivedAt = receivedAt;
        StatusCode = statusCode;
        Reason = reason;
        RemoteAddress = remoteAddress;
    }

    /// <summary>When the delivery arrived.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The HTTP status it was answered with (401 for a missing or wrong signature).</summary>
    public int StatusCode { get; }

    /// <summary>Why it was refused.</summary>
    public string Reason { get; }

    /// <summary>Who sent it, when known.</summary>
    public string? RemoteAddress { get; }

    /// <inheritdoc />
    public override string ToString() => StatusCode + " " + Reason + (RemoteAddress is null ? string.Empty : " (from " + RemoteAddress + ")");
}
