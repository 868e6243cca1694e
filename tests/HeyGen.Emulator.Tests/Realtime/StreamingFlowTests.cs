using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Realtime;

/// <summary>The v1 streaming flow as a browser app runs it: token on the server, then new → start → task → interrupt → stop with the token.</summary>
public sealed class StreamingFlowTests
{
    private static V1CreateStreamingSessionRequest NewSession() => new()
    {
        AvatarId = "josh_lite3_20230714",
        VoiceId = TestEmulator.Voice,
        Quality = V1CreateStreamingSessionRequestQuality.High,
        VideoEncoding = V1CreateStreamingSessionRequestVideoEncoding.H264,
    };

    [Fact]
    public async Task The_whole_flow_runs_on_the_session_token_and_records_the_tasks()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var server = emulator.CreateClient();
        var token = (await server.Streaming.CreateStreamingTokenAsync()).Token;
        using var browser = new HeyGenClient(new HeyGenClientOptions { BaseAddress = emulator.BaseUrl, BearerToken = token });

        var session = await browser.Streaming.CreateStreamingSessionAsync(NewSession());
        await browser.Streaming.StartStreamingSessionAsync(new V1StreamingSessionIdRequest { SessionId = session.SessionId });
        var first = await browser.Streaming.SendStreamingTaskAsync(new V1StreamingTaskRequest { SessionId = session.SessionId, Text = "Hello! How can I help?", TaskType = V1StreamingTaskRequestTaskType.Repeat, TaskMode = V1StreamingTaskRequestTaskMode.Sync });
        await browser.Streaming.InterruptStreamingSessionAsync(new V1StreamingSessionIdRequest { SessionId = session.SessionId });
        await browser.Streaming.SendStreamingTaskAsync(new V1StreamingTaskRequest { SessionId = session.SessionId, Text = "Tell me a joke.", TaskType = V1StreamingTaskRequestTaskType.Talk });
        var listed = await browser.Streaming.ListStreamingSessionsAsync();
        var stopped = await browser.Streaming.StopStreamingSessionAsync(new V1StreamingSessionIdRequest { SessionId = session.SessionId });

        // The ack's data is null (spec: "Empty object or null"); the client hands back an undefined element instead of failing.
        Assert.Equal(System.Text.Json.JsonValueKind.Undefined, stopped.ValueKind);
        var recorded = Assert.Single(emulator.StreamingSessions);
        Assert.Equal(["Hello! How can I help?", "Tell me a joke."], recorded.Texts);
        Assert.Equal(1, recorded.Interruptions);
        Assert.Equal("closed", recorded.Status);
        Assert.Equal("connected", Assert.Single(listed.Sessions).Status);
        Assert.Equal(2000, first.DurationMs);
        Assert.StartsWith("ws://127.0.0.1:", session.Url.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_before_start_is_refused()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var session = await client.Streaming.CreateStreamingSessionAsync(NewSession());

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Streaming.SendStreamingTaskAsync(new V1StreamingTaskRequest { SessionId = session.SessionId, Text = "Hi", TaskType = V1StreamingTaskRequestTaskType.Talk }));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("session_state_invalid", error.ErrorCode);
        Assert.Equal("session_id", error.Parameter);
    }

    [Fact]
    public async Task An_inactive_session_times_out_and_sessions_are_capped()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.StreamingMaxSessions = 2);
        using var client = emulator.CreateClient(o => o.Retry.MaxRetries = 0);
        var first = await client.Streaming.CreateStreamingSessionAsync(NewSession());
        await client.Streaming.CreateStreamingSessionAsync(NewSession());

        var capped = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Streaming.CreateStreamingSessionAsync(NewSession()));
        emulator.ManualClock().Advance(emulator.Options.StreamingIdleTimeout);
        var third = await client.Streaming.CreateStreamingSessionAsync(NewSession());
        var closed = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Streaming.StartStreamingSessionAsync(new V1StreamingSessionIdRequest { SessionId = first.SessionId }));

        Assert.Equal(429, capped.StatusCode);
        Assert.Equal("concurrency_limit_exceeded", capped.ErrorCode);
        Assert.NotNull(capped.RetryAfter);
        Assert.False(string.IsNullOrEmpty(third.SessionId));
        Assert.Equal("session_closed", closed.ErrorCode);
        Assert.Equal(240, emulator.Accounting.StreamingSeconds);
    }
}
