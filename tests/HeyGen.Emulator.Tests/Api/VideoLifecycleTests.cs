using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Api;

/// <summary>pending → processing → completed | failed on the emulator's clock, the concurrent-job cap, deletes and URLs.</summary>
public sealed class VideoLifecycleTests
{
    [Fact]
    public async Task A_video_moves_through_its_statuses_as_the_clock_advances()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var clock = emulator.ManualClock();
        var id = (await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo("Hello there, this is a ten word script for the test.", "Lifecycle"))).VideoId;

        var pending = await client.Videos.GetVideoAsync(id);
        clock.Advance(emulator.Options.QueueTime);
        var processing = await client.Videos.GetVideoAsync(id);
        clock.Advance(emulator.Options.ProcessingTime);
        var completed = await client.Videos.GetVideoAsync(id);

        Assert.Equal(VideoStatus.Pending, pending.Status);
        Assert.Null(pending.VideoUrl);
        Assert.Equal(VideoStatus.Processing, processing.Status);
        Assert.Equal(VideoStatus.Completed, completed.Status);
        Assert.Equal("Lifecycle", completed.Title);
        Assert.Equal(4.4, completed.Duration);
        Assert.Equal(completed.CreatedAt + 5, completed.CompletedAt);
        Assert.Null(completed.FailureCode);
        Assert.Equal(4.4, emulator.Accounting.VideoSeconds);
    }

    [Fact]
    public async Task Every_status_call_issues_a_fresh_url()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var id = (await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo())).VideoId;
        emulator.FinishRenders();

        var first = await client.Videos.GetVideoAsync(id);
        emulator.ManualClock().Advance(TimeSpan.FromMinutes(1));
        var second = await client.Videos.GetVideoAsync(id);

        Assert.NotEqual(first.VideoUrl, second.VideoUrl);
    }

    [Fact]
    public async Task The_failure_marker_makes_a_render_fail_deterministically()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var id = (await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo("Say " + HeyGenEmulator.FailureMarker))).VideoId;
        emulator.FinishRenders();

        var video = await client.Videos.GetVideoAsync(id);
        var v1 = await client.LegacyVideos.GetVideoStatusV1Async(id);

        Assert.Equal(VideoStatus.Failed, video.Status);
        Assert.Equal("render_failed", video.FailureCode);
        Assert.Null(video.VideoUrl);
        Assert.Equal(V1VideoStatusStatus.Failed, v1.Status);
        Assert.Equal(40120, v1.Error!.Code);
        Assert.Equal(1, emulator.Accounting.VideosFailed);
        Assert.Equal(0, emulator.Accounting.VideoSeconds);
    }

    [Fact]
    public async Task Creates_beyond_the_concurrent_job_cap_get_429_with_retry_after()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.ConcurrentJobLimit = 2);
        using var client = emulator.CreateClient(o => o.Retry.MaxRetries = 0);
        await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo());
        emulator.ManualClock().Advance(TimeSpan.FromSeconds(2));
        await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo());

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo()));
        emulator.ManualClock().Advance(TimeSpan.FromSeconds(3));
        var accepted = await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo());

        Assert.Equal(429, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), error.RetryAfter);
        Assert.False(string.IsNullOrEmpty(accepted.VideoId));
        Assert.Equal(3, emulator.Accounting.CreatesTotal);
    }

    [Fact]
    public async Task The_client_waits_out_the_job_cap_by_itself()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.ConcurrentJobLimit = 1);
        using var client = emulator.CreateLinkedClient(out var clock);
        await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo());

        await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo("Second."));

        Assert.Equal([TimeSpan.FromSeconds(5)], clock.Waits);
        Assert.Equal(2, emulator.Accounting.CreatesTotal);
    }

    [Fact]
    public async Task A_deleted_video_is_gone()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var id = (await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo())).VideoId;

        var deleted = await client.Videos.DeleteVideoAsync(id);
        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Videos.GetVideoAsync(id));
        var statuses = await client.Videos.GetVideoStatusesAsync(videoIds: [id]);

        Assert.Equal(id, deleted.Id);
        Assert.Equal(404, error.StatusCode);
        Assert.Equal("not_found", error.ErrorCode);
        Assert.Equal(VideoStatusItemStatus.NotFound, statuses.Data[0].Status);
    }

    [Fact]
    public async Task The_same_request_twice_is_visible_as_paid_twice_in_the_accounting()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var request = TestEmulator.AvatarVideo("Exactly the same.");

        await client.Videos.CreateVideoAsync(request);
        await client.Videos.CreateVideoAsync(request);

        var json = HeyGenJson.SerializeToString<CreateVideoRequest>(request, CreateVideoRequestJsonConverter.WriteValue);
        Assert.Equal(2, emulator.Accounting.CreatesFor(EmulatorAccounting.RequestHash(json)));
    }

    [Fact]
    public async Task An_image_video_needs_an_image_and_a_voice_with_its_script()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        using var png = new MemoryStream(Samples.Png);
        var image = await client.Assets.UploadAssetAsync(new HeyGenFileContent(png, "face.png", "image/png"));

        var created = await client.Videos.CreateVideoAsync(new CreateVideoFromImage { Image = new AssetId { AssetIdValue = image.AssetId }, Script = "Hi.", VoiceId = TestEmulator.Voice });
        var noVoice = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Videos.CreateVideoAsync(new CreateVideoFromImage { Image = new AssetId { AssetIdValue = image.AssetId }, Script = "Hi." }));
        var twoSources = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Videos.CreateVideoAsync(new CreateVideoFromImage { Image = new AssetUrl { Url = new Uri("https://example.org/a.png") }, Script = "Hi.", VoiceId = TestEmulator.Voice, AudioUrl = new Uri("https://example.org/a.mp3") }));

        Assert.False(string.IsNullOrEmpty(created.VideoId));
        Assert.Equal("voice_id", noVoice.Parameter);
        Assert.Equal("script", twoSources.Parameter);
    }
}
