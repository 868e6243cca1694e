namespace HeyGen.Automation;

/// <summary>What the video cmdlets do: create, get, list, wait (bulk status), save and remove.</summary>
public sealed class VideoService
{
    /// <summary>Progress bar id of waits (downloads use <see cref="DownloadActivityId"/>).</summary>
    public const int WaitActivityId = 1;

    public const int DownloadActivityId = 2;

    private readonly HeyGenClient _client;

    public VideoService(HeyGenClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>Wait options for tests and demos; the defaults suit HeyGen.</summary>
    public VideoWaitOptions WaitOptions { get; set; } = new() { ThrowOnFailure = false };

    public async Task<HeyGenVideo> CreateAsync(VideoRequestSpec spec, CancellationToken cancellationToken)
    {
        var request = VideoRequestBuilder.Build(spec);
        var response = await _client.Videos.CreateVideoAsync(request, cancellationToken).ConfigureAwait(false);
        return HeyGenVideo.Created(response, spec.Title);
    }

    public async Task<HeyGenVideo> GetAsync(string videoId, CancellationToken cancellationToken) =>
        HeyGenVideo.From(await _client.Videos.GetVideoAsync(videoId, cancellationToken).ConfigureAwait(false));

    /// <summary>Posts the account's videos to <paramref name="channel"/> page by page (newest first), at most <paramref name="first"/> when given.</summary>
    public async Task ListAsync(string? title, int? first, OperationChannel channel, CancellationToken cancellationToken)
    {
        if (channel is null)
        {
            throw new ArgumentNullException(nameof(channel));
        }

        var count = 0;
        await foreach (var video in _client.Videos.EnumerateVideosAsync(title: title, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (first is int limit && count >= limit)
            {
                break;
            }

            channel.Output(HeyGenVideo.From(video));
            count++;
        }
    }

    /// <summary>
    /// Waits for all <paramref name="videoIds"/> with bulk status calls, posting each video as it completes and a
    /// non-terminating error for each one that fails or is unknown, with a progress bar throughout.
    /// </summary>
    /// <exception cref="TimeoutException">Some videos did not finish within <paramref name="timeout"/>.</exception>
    public async Task WaitAsync(IReadOnlyList<string> videoIds, TimeSpan? timeout, OperationChannel channel, CancellationToken cancellationToken)
    {
        if (channel is null)
        {
            throw new ArgumentNullException(nameof(channel));
        }

        var options = new VideoWaitOptions
        {
            InitialInterval = WaitOptions.InitialInterval,
            MaxInterval = WaitOptions.MaxInterval,
            BackoffFactor = WaitOptions.BackoffFactor,
            Jitter = WaitOptions.Jitter,
            Timeout = timeout ?? WaitOptions.Timeout,
            ThrowOnFailure = false,
        };
        var progress = new ProgressAdapter<VideoWaitProgress>(p => channel.Report(WaitProgressFormatter.ToProgress(p, WaitActivityId)));
        try
        {
            await foreach (var result in _client.Videos.WatchVideosAsync(videoIds, options, progress, cancellationToken).ConfigureAwait(false))
            {
                if (result.Succeeded)
                {
                    channel.Output(HeyGenVideo.From(result.Video!));
                }
                else if (result.Video is null)
                {
                    channel.Error(ErrorMapper.Map(new KeyNotFoundException("HeyGen does not know video " + result.VideoId + "."), result.VideoId));
                }
                else
                {
                    var failure = new HeyGenVideoFailedException(result.VideoId, result.FailureCode, result.FailureMessage, result.Video);
                    channel.Error(ErrorMapper.Map(failure, HeyGenVideo.From(result.Video)));
                }
            }
        }
        finally
        {
            channel.Report(new OperationProgress(WaitActivityId, WaitProgressFormatter.Activity, "Done") { Completed = true });
        }
    }

    /// <summary>Downloads the chosen files of a completed video, into <paramref name="directory"/> or to exactly <paramref name="filePath"/>.</summary>
    /// <exception cref="InvalidOperationException">The video is not completed yet.</exception>
    /// <exception cref="FileExistsException">A target exists and <paramref name="overwrite"/> is false.</exception>
    public async Task SaveAsync(string videoId, IReadOnlyList<VideoAsset> assets, string? directory, string? filePath, bool overwrite, OperationChannel channel, CancellationToken cancellationToken)
    {
        if (assets is null || channel is null)
        {
            throw new ArgumentNullException(assets is null ? nameof(assets) : nameof(channel));
        }

        if (filePath is not null && assets.Count != 1)
        {
            throw new ArgumentException("-Path names one file; save several assets with -Directory instead.", "Path");
        }

        var video = await _client.Videos.GetVideoAsync(videoId, cancellationToken).ConfigureAwait(false);
        if (video.Status != VideoStatus.Completed)
        {
            throw new InvalidOperationException("Video " + videoId + " is " + video.Status.Value + ", not completed; pipe it through Wait-HeyGenVideo first.");
        }

        foreach (var asset in assets.Distinct())
        {
            var target = filePath ?? Path.Combine(directory ?? ".", DownloadNaming.FileName(videoId, asset, DownloadNaming.UrlOf(video, asset)));
            if (File.Exists(target) && !overwrite)
            {
                channel.Error(ErrorMapper.Map(new FileExistsException(Path.GetFullPath(target)), target));
                continue;
            }

            channel.Report(new OperationProgress(DownloadActivityId, "Downloading HeyGen videos", asset + " of " + videoId) { CurrentOperation = target });
            var result = await _client.Videos.DownloadAsync(video, target, asset, new DownloadOptions { Overwrite = overwrite }, cancellationToken).ConfigureAwait(false);
            channel.Output(new HeyGenSavedFile { VideoId = videoId, Asset = asset, Path = result.Path, Length = result.Length, Sha256 = result.Sha256 });
        }

        channel.Report(new OperationProgress(DownloadActivityId, "Downloading HeyGen videos", "Done") { Completed = true });
    }

    public async Task<HeyGenVideoRemoval> RemoveAsync(string videoId, CancellationToken cancellationToken)
    {
        var response = await _client.Videos.DeleteVideoAsync(videoId, cancellationToken).ConfigureAwait(false);
        return new HeyGenVideoRemoval { VideoId = response.Id, Deleted = response.Deleted ?? true };
    }
}
