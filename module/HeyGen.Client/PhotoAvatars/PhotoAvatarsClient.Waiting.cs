using HeyGen.Internal;

namespace HeyGen;

/// <summary>Waiting for photo/look generations and group training, on a <see cref="TimeProvider"/>.</summary>
public sealed partial class PhotoAvatarsClient
{
    /// <summary>Polls GET /v2/photo_avatar/generation/{id} until the generation succeeds; returns it with its image URLs and keys.</summary>
    /// <param name="generationId">A photo or look generation id.</param>
    /// <param name="stage">Which step this is, for progress reports and errors (<see cref="PhotoAvatarStage.GeneratingPhotos"/> or <see cref="PhotoAvatarStage.GeneratingLooks"/>).</param>
    /// <param name="options">Polling interval, timeout and clock.</param>
    /// <param name="progress">Receives a report after every poll.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="HeyGenPhotoAvatarException">The generation failed.</exception>
    /// <exception cref="TimeoutException">It did not finish within <see cref="PhotoAvatarWaitOptions.Timeout"/>.</exception>
    public Task<V2PhotoAvatarGeneration> WaitForGenerationAsync(string generationId, PhotoAvatarStage stage = PhotoAvatarStage.GeneratingPhotos, PhotoAvatarWaitOptions? options = null, IProgress<PhotoAvatarProgress>? progress = null, CancellationToken cancellationToken = default) =>
        PollAsync(
            stage,
            Guard.NotNull(generationId, nameof(generationId)),
            ct => GetPhotoAvatarGenerationAsync(generationId, ct),
            g => g.Status.Value,
            g => g.Status == V2PhotoAvatarGenerationStatus.Success ? true : g.Status == V2PhotoAvatarGenerationStatus.Failed ? false : null,
            _ => null,
            options,
            progress,
            cancellationToken);

    /// <summary>Polls GET /v2/photo_avatar/train/status/{group_id} until the group is <c>ready</c>.</summary>
    /// <exception cref="HeyGenPhotoAvatarException">The training failed.</exception>
    /// <exception cref="TimeoutException">It did not finish within <see cref="PhotoAvatarWaitOptions.Timeout"/>.</exception>
    public Task<V2PhotoAvatarTrainingStatus> WaitForTrainingAsync(string groupId, PhotoAvatarWaitOptions? options = null, IProgress<PhotoAvatarProgress>? progress = null, CancellationToken cancellationToken = default) =>
        PollAsync(
            PhotoAvatarStage.Training,
            Guard.NotNull(groupId, nameof(groupId)),
            ct => GetPhotoAvatarTrainingStatusAsync(groupId, ct),
            t => t.Status.Value,
            t => t.Status == V2TrainStatus.Ready ? true : t.Status == V2TrainStatus.Failed ? false : null,
            t => t.ErrorMsg,
            options,
            progress,
            cancellationToken);

    private async Task<T> PollAsync<T>(
        PhotoAvatarStage stage,
        string id,
        Func<CancellationToken, Task<T>> read,
        Func<T, string> status,
        Func<T, bool?> outcome,
        Func<T, string?> reason,
        PhotoAvatarWaitOptions? options,
        IProgress<PhotoAvatarProgress>? progress,
        CancellationToken cancellationToken)
    {
        options ??= new PhotoAvatarWaitOptions();
        var clock = options.TimeProvider ?? _transport.Clock;
        var started = clock.GetTimestamp();
        while (true)
        {
            var polledAt = clock.GetTimestamp();
            var current = await read(cancellationToken).ConfigureAwait(false);
            var elapsed = clock.GetElapsedTime(started);
            progress?.Report(new PhotoAvatarProgress(stage, id, status(current), elapsed));
            switch (outcome(current))
            {
                case true:
                    return current;
                case false:
                    throw new HeyGenPhotoAvatarException(stage, id, reason(current));
            }

            if (options.Timeout is { } timeout && elapsed >= timeout)
            {
                throw new TimeoutException(stage + " " + id + " was still " + status(current) + " after " + timeout.TotalMinutes.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " min.");
            }

            // Measured from before the poll: time that passed during the request or the progress report counts.
            await Delays.WaitAsync(clock, options.PollInterval - clock.GetElapsedTime(polledAt), cancellationToken).ConfigureAwait(false);
        }
    }
}
