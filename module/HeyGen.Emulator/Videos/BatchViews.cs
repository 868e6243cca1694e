using HeyGen.Emulator.State;

namespace HeyGen.Emulator.Videos;

/// <summary>Batch items and batches as GET /v3/videos/batches/{id} and the bulk status call show them.</summary>
internal static class BatchViews
{
    public static VideoBatchItemStatus ItemStatus(BatchItem item, VideoStore videos, DateTimeOffset now)
    {
        if (item.Error is not null)
        {
            return VideoBatchItemStatus.Failed;
        }

        if (item.VideoId is null || videos.FindAny(item.VideoId) is not { } video)
        {
            return VideoBatchItemStatus.Queued;
        }

        var status = video.StatusAt(now);
        return status == VideoStatus.Completed ? VideoBatchItemStatus.Completed
            : status == VideoStatus.Failed ? VideoBatchItemStatus.Failed
            : VideoBatchItemStatus.Processing;
    }

    public static IReadOnlyDictionary<string, JsonElement>? ItemError(BatchItem item, VideoBatchItemStatus status) =>
        item.Error is { } error ? VideoViews.ErrorObject(error.Code, error.Message, error.Param)
        : status == VideoBatchItemStatus.Failed ? VideoViews.ErrorObject(VideoViews.FailureCode, VideoViews.FailureMessage)
        : null;

    /// <summary>processing while any item is queued or rendering; then completed if any item completed, else failed.</summary>
    public static VideoBatchStatus Aggregate(IReadOnlyCollection<VideoBatchItemStatus> statuses) =>
        statuses.Any(s => s == VideoBatchItemStatus.Queued || s == VideoBatchItemStatus.Processing) ? VideoBatchStatus.Processing
        : statuses.Any(s => s == VideoBatchItemStatus.Completed) ? VideoBatchStatus.Completed
        : VideoBatchStatus.Failed;
}
