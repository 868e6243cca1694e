namespace HeyGen.Emulator.Webhooks;

/// <summary>One webhook event sent (or attempted) to one URL, as the receiver saw it.</summary>
/// <param name="Sequence">Order of delivery, starting at 1.</param>
/// <param name="EventType">For example <c>avatar_video.success</c>.</param>
/// <param name="Url">Where it was POSTed.</param>
/// <param name="EndpointId">The registered endpoint it was for, or null for a <c>callback_url</c> delivery.</param>
/// <param name="Body">The exact JSON body sent.</param>
/// <param name="Signature">The <c>Signature</c> header (hex HMAC-SHA256 of the body), or null when unsigned.</param>
/// <param name="StatusCode">The receiver's last HTTP status, or null when it could not be reached.</param>
/// <param name="Attempts">How many POSTs it took (retried on failure, at most three).</param>
/// <param name="VideoId">The video the event is about, if any.</param>
public sealed record WebhookDelivery(
    long Sequence,
    string EventType,
    Uri Url,
    string? EndpointId,
    string Body,
    string? Signature,
    int? StatusCode,
    int Attempts,
    string? VideoId)
{
    /// <summary>True when the receiver acknowledged with a 2xx.</summary>
    public bool Succeeded => StatusCode is >= 200 and <= 299;
}
