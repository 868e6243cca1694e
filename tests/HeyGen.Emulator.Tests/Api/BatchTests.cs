using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Api;

/// <summary>Batches: items queue for job slots, bad items fail alone, Idempotency-Key replays bill nothing, bulk statuses expand batches.</summary>
public sealed class BatchTests
{
    [Fact]
    public async Task Items_wait_for_free_job_slots_and_the_batch_completes()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.ConcurrentJobLimit = 2);
        using var client = emulator.CreateClient();
        var created = await client.Videos.CreateVideoBatchAsync(new CreateVideoBatchRequest
        {
            Title = "launch",
            Videos = [TestEmulator.AvatarVideo("One."), TestEmulator.AvatarVideo("Two."), TestEmulator.AvatarVideo("Three.")],
        });

        var early = await client.Videos.GetVideoBatchAsync(created.BatchId);
        emulator.FinishRenders();
        var middle = await client.Videos.GetVideoBatchAsync(created.BatchId);
        emulator.FinishRenders();
        var done = await client.Videos.GetVideoBatchAsync(created.BatchId);

        Assert.Equal(2, early.CountsByStatus["processing"]);
        Assert.Equal(1, early.CountsByStatus["queued"]);
        Assert.Null(early.Items[2].VideoId);
        Assert.Equal(VideoBatchItemStatus.Processing, middle.Items[2].Status);
        Assert.Equal(VideoBatchStatus.Completed, done.Status);
        Assert.Equal(3, done.CountsByStatus["completed"]);
        Assert.Equal("launch", done.Title);
    }

    [Fact]
    public async Task One_bad_payload_fails_alone()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var created = await client.Videos.CreateVideoBatchAsync(new CreateVideoBatchRequest
        {
            Videos = [TestEmulator.AvatarVideo(), new CreateVideoFromAvatar { AvatarId = "missing-look", Script = "x", VoiceId = TestEmulator.Voice }],
        });
        emulator.FinishRenders();

        var batch = await client.Videos.GetVideoBatchAsync(created.BatchId);

        Assert.Equal(VideoBatchItemStatus.Completed, batch.Items[0].Status);
        Assert.Equal(VideoBatchItemStatus.Failed, batch.Items[1].Status);
        Assert.Equal("videos[1].avatar_id", batch.Items[1].Error!["param"].GetString());
        Assert.Equal(VideoBatchStatus.Completed, batch.Status);
        Assert.Equal(1, emulator.Accounting.CreatesTotal);
    }

    [Fact]
    public async Task Replaying_an_idempotency_key_returns_the_same_batch_and_bills_nothing()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var request = new CreateVideoBatchRequest { Videos = [TestEmulator.AvatarVideo("One."), TestEmulator.AvatarVideo("Two.")] };

        var first = await client.Videos.CreateVideoBatchAsync(request, idempotencyKey: "render-key-1");
        var replay = await client.Videos.CreateVideoBatchAsync(request, idempotencyKey: "render-key-1");
        var misuse = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Videos.CreateVideoBatchAsync(new CreateVideoBatchRequest { Videos = [TestEmulator.AvatarVideo("Other.")] }, idempotencyKey: "render-key-1"));

        Assert.Equal(first.BatchId, replay.BatchId);
        Assert.Equal(2, emulator.Accounting.CreatesTotal);
        Assert.Equal(409, misuse.StatusCode);
        Assert.Equal("idempotency_key_reused", misuse.ErrorCode);
    }

    [Fact]
    public async Task Batch_items_page_inside_data()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var created = await client.Videos.CreateVideoBatchAsync(new CreateVideoBatchRequest { Videos = Enumerable.Range(0, 5).Select(i => (CreateVideoRequest)TestEmulator.AvatarVideo("Item " + i)).ToList() });

        var first = await client.Videos.GetVideoBatchAsync(created.BatchId, limit: 2);
        var second = await client.Videos.GetVideoBatchAsync(created.BatchId, limit: 2, token: first.NextToken);
        var third = await client.Videos.GetVideoBatchAsync(created.BatchId, limit: 2, token: second.NextToken);

        Assert.Equal([0, 1, 2, 3, 4], first.Items.Concat(second.Items).Concat(third.Items).Select(i => i.ItemIndex));
        Assert.False(third.HasMore);
        Assert.Null(third.NextToken);
    }

    [Fact]
    public async Task Bulk_statuses_expand_batches_report_unknown_ids_and_cap_at_100()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.ConcurrentJobLimit = 1);
        using var client = emulator.CreateClient();
        var batch = await client.Videos.CreateVideoBatchAsync(new CreateVideoBatchRequest { Videos = [TestEmulator.AvatarVideo("One."), TestEmulator.AvatarVideo("Two.")] });

        var statuses = await client.Videos.GetVideoStatusesAsync(videoIds: ["nope"], batchIds: [batch.BatchId]);
        var tooMany = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Videos.GetVideoStatusesAsync(videoIds: Enumerable.Range(0, 101).Select(i => "v" + i)));

        Assert.Equal(VideoStatusItemStatus.NotFound, statuses.Data[0].Status);
        Assert.Equal(VideoStatusItemStatus.Pending, statuses.Data[1].Status);
        Assert.Equal(VideoStatusItemStatus.Queued, statuses.Data[2].Status);
        Assert.Null(statuses.Data[2].VideoId);
        Assert.Equal(1, statuses.Data[2].ItemIndex);
        Assert.Equal("video_ids", tooMany.Parameter);
    }
}
