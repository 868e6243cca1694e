using HeyGen.Realtime.Tests.Infrastructure;

namespace HeyGen.Realtime.Tests.Realtime;

/// <summary>text_stream sessions: deltas in order, the 30 s idle timeout on the emulator clock, and the keep-alive.</summary>
public sealed class RealtimeTextSessionTests
{
    private static readonly TimeSpan KeepAliveEvery = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Deltas_arrive_in_order_after_the_seed_text()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        using var client = emulator.CreateClient();
        await using var session = await client.AvatarRealtime.StartTextStreamAsync(TestEmulator.DaisyLook, TestEmulator.Voice, "Here is the story.", emulator.RealtimeOptions());

        foreach (var delta in new[] { "Once upon a time, ", "there was ", "an avatar." })
        {
            await session.PushAsync(delta);
        }

        Assert.Equal(["Here is the story.", "Once upon a time, ", "there was ", "an avatar."], emulator.GetRealtimeTexts(session.StreamId));
        Assert.Equal(session.PlaybackUrl, (await client.AvatarRealtime.GetAvatarRealtimeSessionAsync(session.StreamId)).Url);
    }

    [Fact]
    public async Task Concurrent_pushes_are_serialized_and_none_is_lost()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        using var client = emulator.CreateClient();
        await using var session = await client.AvatarRealtime.StartTextStreamAsync(TestEmulator.DaisyLook, TestEmulator.Voice, "Seed.", emulator.RealtimeOptions());
        var deltas = Enumerable.Range(1, 20).Select(i => "delta " + i).ToList();

        await Task.WhenAll(deltas.Select(d => session.PushAsync(d)));

        var received = emulator.GetRealtimeTexts(session.StreamId);
        Assert.Equal(21, received.Count);
        Assert.Equal(deltas.Order(StringComparer.Ordinal), received.Skip(1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_text_stream_idle_for_31_seconds_is_closed_and_refuses_further_text()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        using var client = emulator.CreateClient();
        await using var session = await client.AvatarRealtime.StartTextStreamAsync(TestEmulator.DaisyLook, TestEmulator.Voice, "Seed.", emulator.RealtimeOptions(keepAlive: null));

        emulator.ManualClock().Advance(TimeSpan.FromSeconds(31));
        var error = await Assert.ThrowsAsync<HeyGenRealtimeSessionClosedException>(() => session.PushAsync("Anyone there?"));

        Assert.Equal(session.StreamId, error.StreamId);
        Assert.Equal(409, Assert.IsAssignableFrom<HeyGenApiException>(error.InnerException).StatusCode);
        Assert.False(session.IsOpen);
        Assert.Equal("closed", emulator.GetRealtimeSession(session.StreamId)!.Status);
        Assert.Equal(["Seed."], emulator.GetRealtimeTexts(session.StreamId));
        await Assert.ThrowsAsync<HeyGenRealtimeSessionClosedException>(() => session.PushAsync("Still closed."));
    }

    [Fact]
    public async Task The_keep_alive_keeps_a_quiet_session_open_past_the_idle_timeout()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        var clock = emulator.ManualClock();
        using var client = emulator.CreateClient();
        await using var session = await client.AvatarRealtime.StartTextStreamAsync(TestEmulator.DaisyLook, TestEmulator.Voice, "Seed.", emulator.RealtimeOptions(KeepAliveEvery));
        var keepAlives = new KeepAliveRecorder(session);

        for (var i = 1; i <= 3; i++)
        {
            clock.Advance(KeepAliveEvery);
            Assert.True((await keepAlives.NextAsync()).Succeeded);
        }

        // 60 s after the seed text, twice the idle timeout, and still open.
        var state = await client.AvatarRealtime.GetAvatarRealtimeSessionAsync(session.StreamId);
        Assert.Equal(AvatarRealtimeSessionStatus.Ready, state.Status);
        Assert.Equal(3, session.KeepAlivesSent);
        Assert.Equal(["Seed.", ".", ".", "."], emulator.GetRealtimeTexts(session.StreamId));
        await session.PushAsync("Back with news.");
        Assert.Equal("Back with news.", emulator.GetRealtimeTexts(session.StreamId)[^1]);
    }

    [Fact]
    public async Task Pushed_text_postpones_the_keep_alive()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        var clock = emulator.ManualClock();
        using var client = emulator.CreateClient();
        await using var session = await client.AvatarRealtime.StartTextStreamAsync(TestEmulator.DaisyLook, TestEmulator.Voice, "Seed.", emulator.RealtimeOptions(KeepAliveEvery));
        var keepAlives = new KeepAliveRecorder(session);

        clock.Advance(TimeSpan.FromSeconds(15));
        await session.PushAsync("Talking.");
        clock.Advance(TimeSpan.FromSeconds(10)); // 25 s after the seed, 10 s after the push: nothing due.
        Assert.Equal(0, session.KeepAlivesSent);
        clock.Advance(TimeSpan.FromSeconds(10)); // 20 s after the push: due.
        await keepAlives.NextAsync();

        Assert.Equal(["Seed.", "Talking.", "."], emulator.GetRealtimeTexts(session.StreamId));
    }

    [Fact]
    public async Task Closing_stops_the_keep_alive_so_the_server_idles_the_session_out()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        var clock = emulator.ManualClock();
        using var client = emulator.CreateClient();
        var session = await client.AvatarRealtime.StartTextStreamAsync(TestEmulator.DaisyLook, TestEmulator.Voice, "Seed.", emulator.RealtimeOptions(KeepAliveEvery));
        Assert.True(session.IsKeepAliveRunning);

        await session.DisposeAsync();
        clock.Advance(TimeSpan.FromSeconds(31));

        Assert.False(session.IsKeepAliveRunning);
        Assert.Equal("closed", emulator.GetRealtimeSession(session.StreamId)!.Status);
        Assert.Equal(["Seed."], emulator.GetRealtimeTexts(session.StreamId));
        await Assert.ThrowsAsync<HeyGenRealtimeSessionClosedException>(() => session.PushAsync("After close."));
    }

    [Fact]
    public async Task The_keep_alive_stops_by_itself_when_the_one_hour_cap_closes_the_session()
    {
        await using var emulator = await TestEmulator.StartAsync(o =>
        {
            o.RealtimeStartupTime = TimeSpan.Zero;
            o.RealtimeMaxDuration = TimeSpan.FromSeconds(50);
        });
        var clock = emulator.ManualClock();
        using var client = emulator.CreateClient();
        await using var session = await client.AvatarRealtime.StartTextStreamAsync(TestEmulator.DaisyLook, TestEmulator.Voice, "Seed.", emulator.RealtimeOptions(KeepAliveEvery));
        var keepAlives = new KeepAliveRecorder(session);

        clock.Advance(KeepAliveEvery);
        Assert.True((await keepAlives.NextAsync()).Succeeded);
        clock.Advance(KeepAliveEvery);
        Assert.True((await keepAlives.NextAsync()).Succeeded);
        clock.Advance(KeepAliveEvery); // 60 s: past the (shortened) cap.
        var last = await keepAlives.NextAsync();

        Assert.IsType<HeyGenRealtimeSessionClosedException>(last.Error);
        Assert.False(session.IsOpen);
        await session.StopKeepAliveAsync().WithPatience();
        Assert.False(session.IsKeepAliveRunning);
    }

    /// <summary>Hands the test each keep-alive outcome in order, as the session reports them.</summary>
    private sealed class KeepAliveRecorder
    {
        private readonly System.Threading.Channels.Channel<RealtimeKeepAliveEventArgs> _outcomes = System.Threading.Channels.Channel.CreateUnbounded<RealtimeKeepAliveEventArgs>();

        public KeepAliveRecorder(RealtimeTextSession session) => session.KeepAlive += (_, e) => _outcomes.Writer.TryWrite(e);

        public async Task<RealtimeKeepAliveEventArgs> NextAsync() => await _outcomes.Reader.ReadAsync().AsTask().WithPatience();
    }
}
