using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Runtime;

/// <summary>
/// The client's retry policy against injected faults. The client waits on a clock linked to the emulator's, so
/// waits take no real time and are recorded; the emulator's accounting counts what actually reached it.
/// </summary>
public sealed class RetryTests
{
    [Fact]
    public async Task A_429_storm_is_waited_out_as_retry_after_says()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.RateLimit("getCurrentUser", count: 3, retryAfterSeconds: 2);
        using var client = emulator.CreateLinkedClient(out var clock);

        var user = await client.Users.GetCurrentUserAsync();

        Assert.Equal("emulator", user.Username);
        Assert.Equal(4, emulator.Accounting.Requests("getCurrentUser"));
        Assert.Equal(3, emulator.Accounting.RequestsByStatus[429]);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2)], clock.Waits);
    }

    [Fact]
    public async Task A_post_is_retried_after_a_429_because_the_server_did_not_act()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.RateLimit("createVideo", count: 2, retryAfterSeconds: 1);
        using var client = emulator.CreateLinkedClient();

        await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo());

        Assert.Equal(3, emulator.Accounting.Requests("createVideo"));
        Assert.Equal(1, emulator.Accounting.CreatesTotal);
    }

    [Fact]
    public async Task A_retry_after_beyond_the_cap_fails_at_once_with_the_advice()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.RateLimit("getCurrentUser", count: 1, retryAfterSeconds: 600);
        using var client = emulator.CreateLinkedClient(out var clock);

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Users.GetCurrentUserAsync());

        Assert.Equal(TimeSpan.FromMinutes(10), error.RetryAfter);
        Assert.Empty(clock.Waits);
    }

    [Fact]
    public async Task A_get_answered_500_is_retried_with_backoff()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.ServerError("getCurrentUser", count: 2);
        using var client = emulator.CreateLinkedClient(out var clock);

        await client.Users.GetCurrentUserAsync();

        Assert.Equal(3, emulator.Accounting.Requests("getCurrentUser"));
        Assert.Equal(2, clock.Waits.Count);
        Assert.True(clock.Waits[1] > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_post_answered_500_without_an_idempotency_key_is_not_retried()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.ServerError("createVideo", count: 1);
        using var client = emulator.CreateLinkedClient();

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo()));

        Assert.Equal(500, error.StatusCode);
        Assert.Equal("internal_error", error.ErrorCode);
        Assert.Equal(1, emulator.Accounting.Requests("createVideo"));
        Assert.Equal(0, emulator.Accounting.CreatesTotal);
    }

    [Fact]
    public async Task A_batch_whose_response_was_lost_is_retried_with_its_idempotency_key_and_paid_once()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.ServerError("createVideoBatch", count: 1, timing: FaultTiming.AfterHandler);
        using var client = emulator.CreateLinkedClient();
        var request = new CreateVideoBatchRequest { Videos = [TestEmulator.AvatarVideo("One."), TestEmulator.AvatarVideo("Two.")] };

        var batch = await client.Videos.CreateVideoBatchAsync(request);

        Assert.Equal(2, emulator.Accounting.Requests("createVideoBatch"));
        Assert.Equal(2, emulator.Accounting.CreatesTotal);
        Assert.All(emulator.Accounting.CreatesByRequestHash.Values, count => Assert.Equal(1, count));
        Assert.Equal(2, (await client.Videos.GetVideoBatchAsync(batch.BatchId)).TotalItems);
    }

    [Fact]
    public async Task A_dropped_connection_on_a_get_is_retried()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.DropConnection("listVideos", count: 1);
        using var client = emulator.CreateLinkedClient();

        var page = await client.Videos.ListVideosAsync();

        Assert.Empty(page.Data);
        Assert.Equal(2, emulator.Accounting.Requests("listVideos"));
        Assert.Equal(1, emulator.Accounting.RequestsByStatus[0]);
    }

    [Fact]
    public async Task A_dropped_connection_on_a_create_is_a_transport_error_and_not_retried()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.DropConnection("createVideo", count: 1, timing: FaultTiming.AfterHandler);
        using var client = emulator.CreateLinkedClient();

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo()));

        Assert.Equal(HeyGenErrorKind.Transport, error.Kind);
        Assert.Null(error.StatusCode);
        Assert.Equal(1, emulator.Accounting.Requests("createVideo"));

        // The server acted before the connection dropped: the video exists, and only a lookup can find it.
        Assert.Equal(1, emulator.Accounting.CreatesTotal);
    }

    [Fact]
    public async Task A_slow_response_times_out()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.Delay("getCurrentUser", TimeSpan.FromSeconds(30), count: 1);
        using var client = emulator.CreateClient(o =>
        {
            o.RequestTimeout = TimeSpan.FromMilliseconds(300);
            o.Retry.MaxRetries = 0;
        });

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Users.GetCurrentUserAsync());

        Assert.Equal(HeyGenErrorKind.Timeout, error.Kind);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_timed_out_get_is_retried_and_succeeds()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.Delay("getCurrentUser", TimeSpan.FromSeconds(30), count: 1);
        using var client = emulator.CreateLinkedClient(o => o.RequestTimeout = TimeSpan.FromMilliseconds(300));

        var user = await client.Users.GetCurrentUserAsync();

        Assert.Equal("emulator", user.Username);
        Assert.Equal(2, emulator.Accounting.Requests("getCurrentUser"));
    }
}
