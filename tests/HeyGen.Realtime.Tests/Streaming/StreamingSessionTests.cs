using HeyGen.Realtime.Tests.Infrastructure;

namespace HeyGen.Realtime.Tests.Streaming;

/// <summary>v1 streaming sessions through <see cref="HeyGenStreamingSession"/>: open, speak, interrupt, stop, list, tokens.</summary>
public sealed class StreamingSessionTests
{
    private static StreamingSessionOptions Josh(bool start = true) => new()
    {
        AvatarId = TestEmulator.StreamingAvatar,
        VoiceId = TestEmulator.Voice,
        Quality = V1CreateStreamingSessionRequestQuality.High,
        VideoEncoding = V1CreateStreamingSessionRequestVideoEncoding.VP8,
        Version = "v2",
        Start = start,
    };

    [Fact]
    public async Task Opening_creates_and_starts_a_session_with_room_details()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();

        await using var session = await client.Streaming.OpenSessionAsync(Josh());

        Assert.True(session.IsStarted);
        Assert.False(string.IsNullOrEmpty(session.AccessToken));
        Assert.NotNull(session.RoomUrl);
        var seen = Assert.Single(emulator.StreamingSessions);
        Assert.Equal(session.SessionId, seen.SessionId);
        Assert.Equal("connected", seen.Status);
        Assert.Equal(TestEmulator.StreamingAvatar, seen.AvatarId);
    }

    [Fact]
    public async Task A_session_opened_without_start_can_be_started_later()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();

        await using var session = await client.Streaming.OpenSessionAsync(Josh(start: false));
        var before = emulator.StreamingSessions.Single().Status;
        await session.StartAsync();

        Assert.Equal("new", before);
        Assert.Equal("connected", emulator.StreamingSessions.Single().Status);
    }

    [Fact]
    public async Task Talk_and_repeat_tasks_in_sync_and_async_mode_reach_the_session_in_order()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        await using var session = await client.Streaming.OpenSessionAsync(Josh());

        var tasks = new[]
        {
            await session.RepeatAsync("Your changes were saved.", V1StreamingTaskRequestTaskMode.Sync),
            await session.TalkAsync("How can I help?", V1StreamingTaskRequestTaskMode.Async),
            await session.SendTaskAsync("Plain repeat.", V1StreamingTaskRequestTaskType.Repeat),
        };

        Assert.All(tasks, t => Assert.False(string.IsNullOrEmpty(t.TaskId)));
        Assert.Equal(3, tasks.Select(t => t.TaskId).Distinct().Count());
        Assert.Equal(["Your changes were saved.", "How can I help?", "Plain repeat."], emulator.StreamingSessions.Single().Texts);
    }

    [Fact]
    public async Task Interrupt_keeps_the_session_and_stop_ends_it_once()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var session = await client.Streaming.OpenSessionAsync(Josh());

        await session.InterruptAsync();
        var afterInterrupt = emulator.StreamingSessions.Single();
        await session.StopAsync();
        await session.StopAsync();
        await session.DisposeAsync();

        Assert.Equal(1, afterInterrupt.Interruptions);
        Assert.Equal("connected", afterInterrupt.Status);
        Assert.True(session.IsStopped);
        Assert.Equal("closed", emulator.StreamingSessions.Single().Status);
        Assert.Equal(1, emulator.Accounting.RequestsByOperation["stopStreamingSession"]);
    }

    [Fact]
    public async Task Disposing_stops_a_running_session()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();

        await using (await client.Streaming.OpenSessionAsync(Josh()))
        {
        }

        Assert.Equal("closed", emulator.StreamingSessions.Single().Status);
    }

    [Fact]
    public async Task List_shows_the_accounts_sessions_with_their_status()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        await using var running = await client.Streaming.OpenSessionAsync(Josh());
        var stopped = await client.Streaming.OpenSessionAsync(Josh());
        await stopped.StopAsync();

        var listed = await client.Streaming.ListSessionsAsync();

        Assert.Contains(listed, s => s.SessionId == running.SessionId && s.Status == "connected");
        Assert.DoesNotContain(listed, s => s.SessionId == stopped.SessionId && s.Status == "connected");
    }

    [Fact]
    public async Task A_token_client_drives_a_session_without_the_api_key()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        using var tokenClient = await client.Streaming.CreateTokenClientAsync();

        await using var session = await tokenClient.Streaming.OpenSessionAsync(Josh());
        await session.RepeatAsync("Spoken with a session token.");

        Assert.Null(tokenClient.Options.ApiKey);
        Assert.False(string.IsNullOrEmpty(tokenClient.Options.BearerToken));
        Assert.Equal(["Spoken with a session token."], emulator.StreamingSessions.Single().Texts);
    }

    [Fact]
    public async Task Missing_avatar_or_voice_is_refused_before_any_call()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();

        await Assert.ThrowsAsync<ArgumentException>(() => client.Streaming.OpenSessionAsync(new StreamingSessionOptions { AvatarId = TestEmulator.StreamingAvatar }));

        Assert.Empty(emulator.StreamingSessions);
    }
}
