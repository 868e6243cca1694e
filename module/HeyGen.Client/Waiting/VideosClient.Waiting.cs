using System.Runtime.CompilerServices;
using HeyGen.Internal;

namespace HeyGen;

/// <summary>Waiting for renders: one video by its own status, many videos by bulk status (at most 100 ids a call).</summary>
public sealed partial class VideosClient
{
    /// <summary>HeyGen's bulk status endpoint takes at most this many ids per call.</summary>
    public const int MaxIdsPerStatusCall = 100;

    private readonly Random _pollJitter = new();

    /// <summary>
    /// Polls GET /v3/videos/{id} with backoff (2 s growing to 30 s, with jitter) until the video completes or fails.
    /// Every poll returns fresh download URLs, so the result is ready to download.
    /// </summary>
    /// <exception cref="HeyGenVideoFailedException">The render failed (unless <see cref="VideoWaitOptions.ThrowOnFailure"/> is false).</exception>
    /// <exception cref="TimeoutException">The video did not finish within <see cref="VideoWaitOptions.Timeout"/>.</exception>
    public async Task<VideoDetail> WaitForVideoAsync(string videoId, VideoWaitOptions? options = null, IProgress<VideoWaitProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(videoId, nameof(videoId));
        options ??= new VideoWaitOptions();
        var clock = _transport.Clock;
        var started = clock.GetTimestamp();
        var interval = options.InitialInterval;
        while (true)
        {
            var video = await GetVideoAsync(videoId, cancellationToken).ConfigureAwait(false);
            var elapsed = clock.GetElapsedTime(started);
            var completed = video.Status == VideoStatus.Completed;
            var failed = video.Status == VideoStatus.Failed;
            progress?.Report(new VideoWaitProgress(1, completed ? 1 : 0, failed ? 1 : 0, elapsed, new Dictionary<string, string> { [videoId] = video.Status.Value }));
            if (completed)
            {
                return video;
            }

            if (failed)
            {
                return options.ThrowOnFailure ? throw new HeyGenVideoFailedException(videoId, video.FailureCode, video.FailureMessage, video) : video;
            }

            await PauseAsync(clock, started, interval, options, () => "Video " + videoId + " is still " + video.Status.Value, cancellationToken).ConfigureAwait(false);
            interval = Delays.Next(interval, options.BackoffFactor, options.MaxInterval, options.Jitter, _pollJitter);
        }
    }

    /// <summary>
    /// Waits for many videos with bulk status calls and yields each one as soon as it finishes (completed, failed
    /// or unknown to the server), with fresh download URLs. Failures are results here, not exceptions.
    /// </summary>
    /// <exception cref="TimeoutException">Some videos did not finish within <see cref="VideoWaitOptions.Timeout"/>.</exception>
    public async IAsyncEnumerable<VideoWaitResult> WatchVideosAsync(IEnumerable<string> videoIds, VideoWaitOptions? options = null, IProgress<VideoWaitProgress>? progress = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guard.NotNull(videoIds, nameof(videoIds));
        options ??= new VideoWaitOptions();
        var pending = new List<string>(videoIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal));
        var total = pending.Count;
        var statuses = pending.ToDictionary(id => id, _ => "unknown", StringComparer.Ordinal);
        var (completed, failed) = (0, 0);
        var clock = _transport.Clock;
        var started = clock.GetTimestamp();
        var interval = options.InitialInterval;
        while (pending.Count > 0)
        {
            var finished = new List<VideoWaitResult>();
            for (var offset = 0; offset < pending.Count; offset += MaxIdsPerStatusCall)
            {
                var chunk = pending.Skip(offset).Take(MaxIdsPerStatusCall).ToList();
                var page = await GetVideoStatusesAsync(videoIds: chunk, cancellationToken: cancellationToken).ConfigureAwait(false);
                foreach (var item in page.Data)
                {
                    if (item.VideoId is not { } id || !statuses.ContainsKey(id))
                    {
                        continue;
                    }

                    statuses[id] = item.Status.Value;
                    if (item.Status == VideoStatusItemStatus.NotFound)
                    {
                        finished.Add(new VideoWaitResult(id, null, "not_found", "The server does not know this video."));
                    }
                    else if (item.Status == VideoStatusItemStatus.Completed || item.Status == VideoStatusItemStatus.Failed)
                    {
                        // The bulk answer has no URLs; one detail call per finished video fetches fresh ones.
                        var video = await GetVideoAsync(id, cancellationToken).ConfigureAwait(false);
                        finished.Add(new VideoWaitResult(id, video, video.FailureCode, video.FailureMessage));
                    }
                }
            }

            foreach (var result in finished)
            {
                pending.Remove(result.VideoId);
                if (result.Succeeded)
                {
                    completed++;
                }
                else
                {
                    failed++;
                }
            }

            progress?.Report(new VideoWaitProgress(total, completed, failed, clock.GetElapsedTime(started), new Dictionary<string, string>(statuses, StringComparer.Ordinal)));
            foreach (var result in finished)
            {
                yield return result;
            }

            if (pending.Count == 0)
            {
                yield break;
            }

            await PauseAsync(clock, started, interval, options, () => pending.Count + " of " + total + " videos are unfinished (" + string.Join(", ", pending.Take(5)) + (pending.Count > 5 ? ", ..." : string.Empty) + ")", cancellationToken).ConfigureAwait(false);
            interval = Delays.Next(interval, options.BackoffFactor, options.MaxInterval, options.Jitter, _pollJitter);
        }
    }

    /// <summary>Waits for many videos (see <see cref="WatchVideosAsync"/>) and returns their results in the order of <paramref name="videoIds"/>.</summary>
    public async Task<IReadOnlyList<VideoWaitResult>> WaitForVideosAsync(IEnumerable<string> videoIds, VideoWaitOptions? options = null, IProgress<VideoWaitProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var ids = Guard.NotNull(videoIds, nameof(videoIds)).ToList();
        var results = new Dictionary<string, VideoWaitResult>(StringComparer.Ordinal);
        await foreach (var result in WatchVideosAsync(ids, options, progress, cancellationToken).ConfigureAwait(false))
        {
            results[result.VideoId] = result;
        }

        return ids.Where(results.ContainsKey).Select(id => results[id]).Distinct().ToList();
    }

    private static async Task PauseAsync(TimeProvider clock, long started, TimeSpan interval, VideoWaitOptions options, Func<string> describe, CancellationToken cancellationToken)
    {
        if (options.Timeout is { } timeout)
        {
            var remaining = timeout - clock.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException(describe() + " after " + FormatDuration(timeout) + ".");
            }

            interval = remaining < interval ? remaining : interval;
        }

        await Delays.WaitAsync(clock, interval, cancellationToken).ConfigureAwait(false);
    }

    private static string FormatDuration(TimeSpan value) =>
        value.TotalMinutes >= 1 ? value.TotalMinutes.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " min" : value.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " s";
}
