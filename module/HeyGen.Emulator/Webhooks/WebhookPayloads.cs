using HeyGen.Emulator.State;

namespace HeyGen.Emulator.Webhooks;

/// <summary>The bodies HeyGen POSTs, written with the generated event models (<c>avatar_video.*</c>) or in the same style (<c>batch.finished</c>).</summary>
internal static class WebhookPayloads
{
    public static byte[] VideoSucceeded(VideoRecord video, Uri url, Uri? gifUrl) => HeyGenJson.Serialize<WebhookEvent>(
        new AvatarVideoSuccessEvent
        {
            EventData = new AvatarVideoSuccessEventData { VideoId = video.Id, Url = url, GifDownloadUrl = gifUrl, CallbackId = video.Draft.CallbackId },
        },
        WebhookEventJsonConverter.WriteValue);

    public static byte[] GifSucceeded(VideoRecord video, Uri? gifUrl) => HeyGenJson.Serialize<WebhookEvent>(
        new AvatarVideoGifSuccessEvent
        {
            EventData = new AvatarVideoGifSuccessEventData { VideoId = video.Id, Url = gifUrl, CallbackId = video.Draft.CallbackId },
        },
        WebhookEventJsonConverter.WriteValue);

    public static byte[] VideoFailed(VideoRecord video, string message) => HeyGenJson.Serialize<WebhookEvent>(
        new AvatarVideoFailEvent
        {
            EventData = new AvatarVideoFailEventData { VideoId = video.Id, Msg = message, CallbackId = video.Draft.CallbackId },
        },
        WebhookEventJsonConverter.WriteValue);

    /// <summary><c>{"event_type": "batch.finished", "event_data": {batch_id, status, total_items, counts_by_status}}</c>.</summary>
    public static byte[] BatchFinished(BatchRecord batch, string status, IReadOnlyDictionary<string, int> counts)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("event_type", WebhookEventTypes.BatchFinished);
            writer.WriteStartObject("event_data");
            writer.WriteString("batch_id", batch.Id);
            writer.WriteString("status", status);
            writer.WriteNumber("total_items", batch.Items.Count);
            writer.WriteStartObject("counts_by_status");
            foreach (var (key, count) in counts)
            {
                writer.WriteNumber(key, count);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
