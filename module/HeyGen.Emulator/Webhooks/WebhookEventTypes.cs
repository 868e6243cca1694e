namespace HeyGen.Emulator.Webhooks;

/// <summary>The event types of the spec's <c>WebhookEventType</c> enum, with when each fires.</summary>
internal static class WebhookEventTypes
{
    public const string VideoSuccess = "avatar_video.success";
    public const string VideoFail = "avatar_video.fail";
    public const string GifSuccess = "avatar_video_gif.success";
    public const string BatchFinished = "batch.finished";

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [VideoSuccess] = "An avatar video finished rendering; event_data carries its download URL.",
        [VideoFail] = "An avatar video failed to render; event_data.msg says why.",
        [GifSuccess] = "The animated GIF preview of a video is ready.",
        [BatchFinished] = "Every item of a video batch reached a terminal state.",
    };

    public static IReadOnlyList<WebhookEventTypeInfo> All { get; } = WebhookEventType.KnownValues
        .Select(type => new WebhookEventTypeInfo { EventType = type.Value, Description = Describe(type.Value) })
        .ToList();

    public static bool IsKnown(string eventType) => new WebhookEventType(eventType).IsKnown;

    private static string Describe(string type)
    {
        if (Descriptions.TryGetValue(type, out var description))
        {
            return description;
        }

        var dot = type.LastIndexOf('.');
        var subject = (dot < 0 ? type : type[..dot]).Replace('_', ' ').Replace('.', ' ');
        var outcome = dot < 0 ? "changes" : type[(dot + 1)..].Replace('_', ' ');
        return "Fires when a " + subject + " job reports: " + outcome + ".";
    }
}
