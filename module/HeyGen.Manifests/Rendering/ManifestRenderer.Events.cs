using HeyGen.Manifests.Events;
using HeyGen.Manifests.State;

namespace HeyGen.Manifests.Rendering;

/// <summary>Completion events (<see cref="RenderOptions.VideoEvents"/>): the renderer's reaction to "video X finished".</summary>
public sealed partial class ManifestRenderer
{
    private sealed partial class Run
    {
        /// <summary>
        /// After a wait that included the event source: applies every waiting event, or notes that the source ended
        /// (polling then returns to its normal pace). A cancelled wait consumed nothing.
        /// </summary>
        private async Task ReadEventsAsync(Task<bool> ready, PollSchedule schedule, CancellationToken cancellationToken)
        {
            bool available;
            try
            {
                available = await ready.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return; // The wait ended for another reason; nothing was read.
            }
#pragma warning disable CA1031 // A broken event source must not end the run: polling carries on alone.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                EventsEnded(schedule, "completion events failed (" + ex.Message + ")");
                return;
            }

            if (!available)
            {
                EventsEnded(schedule, "completion events stopped");
                return;
            }

            while (Options.VideoEvents!.TryRead() is { } videoEvent)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await ApplyEventAsync(videoEvent, cancellationToken).ConfigureAwait(false);
            }
        }

        private void EventsEnded(PollSchedule schedule, string why)
        {
            schedule.EventsEnded();
            Report(_jobs.FirstOrDefault(j => j.Outcome is null), RenderStage.Waiting, why + "; polling for status instead");
        }

        /// <summary>
        /// Reacts to one event. The event only says where to look: the video's status is read from HeyGen before
        /// anything is recorded, so an event that is stale, early, duplicated or forged changes nothing, and an event
        /// for a video this run does not wait for (another run's, or one polling already handled) is ignored.
        /// </summary>
        private async Task ApplyEventAsync(VideoEvent videoEvent, CancellationToken cancellationToken)
        {
            var job = _inFlight.TryGetValue(videoEvent.VideoId, out var known) ? known : AwaitingBatchItem(videoEvent);
            if (job is null)
            {
                return;
            }

            VideoDetail detail;
            try
            {
                detail = await Client.Videos.GetVideoAsync(videoEvent.VideoId, cancellationToken).ConfigureAwait(false);
            }
            catch (HeyGenApiException ex) when (!IsFatal(ex))
            {
                Report(job, RenderStage.Waiting, "a webhook says video " + videoEvent.VideoId + (videoEvent.Succeeded ? " finished" : " failed") + ", but checking it failed (" + ex.ErrorMessage + "); the status poll will tell");
                return;
            }

            if (known is null && !Adopt(job, videoEvent.VideoId, detail))
            {
                return;
            }

            if (detail.Status == VideoStatus.Completed)
            {
                Rendered(job, videoEvent.VideoId, detail, "; notified by webhook");
            }
            else if (detail.Status == VideoStatus.Failed)
            {
                _inFlight.Remove(videoEvent.VideoId);
                Fail(job, FailureReason(videoEvent.VideoId, detail));
            }
            else
            {
                Report(job, RenderStage.Waiting, "a webhook says video " + videoEvent.VideoId + (videoEvent.Succeeded ? " finished" : " failed") + ", but HeyGen reports it " + detail.Status + "; still waiting");
            }
        }

        /// <summary>
        /// The scene of a batch item whose video id this run has not learned yet, found by the callback id the
        /// event echoes (derived from the render key).
        /// </summary>
        private RenderJob? AwaitingBatchItem(VideoEvent videoEvent) =>
            videoEvent.CallbackId is { } callbackId
                ? _awaitingBatch.FirstOrDefault(j => j.Record.Status == SceneStatus.Submitted && j.Record.BatchId is not null && j.Record.VideoId is null && string.Equals(CallbackId(j.Record), callbackId, StringComparison.Ordinal))
                : null;

        /// <summary>Records a batch item's video id (durably, as a status poll would) once HeyGen confirms the video carries the scene's title marker.</summary>
        private bool Adopt(RenderJob job, string videoId, VideoDetail detail)
        {
            var marker = job.Plan.Key?.Marker;
            if (marker is null || detail.Title is null || !detail.Title.Contains(marker))
            {
                return false;
            }

            job.Transition(Store, r => r.VideoId = videoId);
            _awaitingBatch.Remove(job);
            _inFlight[videoId] = job;
            return true;
        }
    }
}
