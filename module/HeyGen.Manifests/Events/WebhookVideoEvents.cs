namespace HeyGen.Manifests.Events;

/// <summary>Maps HeyGen's typed webhook events to the renderer's <see cref="VideoEvent"/>s.</summary>
public static class WebhookVideoEvents
{
    /// <summary>
    /// The video event a webhook carries: <c>avatar_video.success</c> and <c>avatar_video.fail</c> map to a success
    /// and a failure; every other event (GIF previews, batches, photo avatars, ...) returns null.
    /// </summary>
    public static VideoEvent? From(WebhookEvent webhookEvent) => webhookEvent switch
    {
        AvatarVideoSuccessEvent { EventData: { } data } when !string.IsNullOrEmpty(data.VideoId) => VideoEvent.Success(data.VideoId, data.CallbackId),
        AvatarVideoFailEvent { EventData: { } data } when !string.IsNullOrEmpty(data.VideoId) => VideoEvent.Failure(data.VideoId, data.Msg, data.CallbackId),
        _ => null,
    };
}
