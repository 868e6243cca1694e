using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Runtime;

/// <summary>WaitForVideoAsync and the bulk-status waiter, on a client clock linked to the emulator's (instant, deterministic).</summary>
public sealed class WaitTests
{
    [Fact]
    public async Task Waiting_for_one_video_polls_with_growing_intervals_until_it_completes()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.ProcessingTime = TimeSpan.FromMinutes(10));
        using var client = emulator.CreateLinkedClient(out var clock);
        var id = (await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo())).VideoId;
        var reports = new List<VideoWaitProgress>();

        var video = await client.Videos.WaitForVideoAsync(id, new VideoWaitOptions { Jitter = 0 }, new SynchronousProgress<VideoWaitProgress>(reports.Add));

        Assert.Equal(VideoStatus.Completed, video.Status);
        Assert.NotNull(video.VideoUrl);
        Assert.Equal(TimeSpan.FromSeconds(2), clock.Waits[0]);
        Assert.Equal(TimeSpan.FromSeconds(3), clock.Waits[1]);
        Assert.Equal(TimeSpan.FromSeconds(30), clock.Waits[^1]);
        Assert.Equal(100, reports[^1].PercentComplete);
        Assert.Equal("processing", reports[^2].Statuses[id]);
    }

    [Fact]
    public async Task Waiting_for_a_failing_video_throws_with_its_failure()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateLinkedClient();
        var id = (await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo(HeyGenEmulator.FailureMarker))).VideoId;

        var error = await Assert.ThrowsAsync<HeyGenVideoFailedException>(() => client.Videos.WaitForVideoAsync(id));

        Assert.Equal(id, error.VideoId);
        Assert.Equal("render_failed", error.FailureCode);
    }

    [Fact]
    public async Task A_wait_gives_up_after_its_timeout()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.ProcessingTime = TimeSpan.FromHours(2));
        using var client = emulator.CreateLinkedClient();
        var id = (await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo())).VideoId;

        var error = await Assert.ThrowsAsync<TimeoutException>(() => client.Videos.WaitForVideoAsync(id, new VideoWaitOptions { Timeout = TimeSpan.FromMinutes(5) }));

        Assert.Contains(id, error.Message, StringComparison.Ordinal);
        Assert.Contains("5 min", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waiting_for_many_videos_uses_bulk_status_and_reports_each_outcome()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.ConcurrentJobLimit = 200);
        using var client = emulator.CreateLinkedClient();
        var batch = await client.Videos.CreateVideoBatchAsync(new CreateVideoBatchRequest
        {
            Videos = Enumerable.Range(0, 100).Select(i => (CreateVideoRequest)TestEmulator.AvatarVideo("Video " + i)).ToList(),
        });
        var failing = (await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo(HeyGenEmulator.FailureMarker))).VideoId;
        var ids = (await client.Videos.GetVideoStatusesAsync(batchIds: [batch.BatchId])).Data.Select(d => d.VideoId!).Append(failing).Append("unknown-id").ToList();

        var results = await client.Videos.WaitForVideosAsync(ids);

        Assert.Equal(102, results.Count);
        Assert.Equal(100, results.Count(r => r.Succeeded));
        Assert.Equal("render_failed", results.Single(r => r.VideoId == failing).FailureCode);
        Assert.Equal("not_found", results.Single(r => r.VideoId == "unknown-id").FailureCode);

        // 102 ids need two bulk calls per poll; every finished video gets one detail call for its fresh URLs.
        Assert.True(emulator.Accounting.Requests("getVideoStatuses") >= 1 + 2 * 2);
        Assert.Equal(101, emulator.Accounting.Requests("getVideo"));
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; assertions need the reports in order, at once.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
