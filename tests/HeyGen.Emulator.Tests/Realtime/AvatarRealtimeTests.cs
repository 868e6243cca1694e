using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Realtime;

/// <summary>v3 realtime sessions: lifecycle, the 3-session cap, the 30 s idle timeout, the one-hour cap, recorded text.</summary>
public sealed class AvatarRealtimeTests
{
    private static CreateAvatarRealtimeTextStream TextStream(string text = "Let me look that up.") =>
        new() { AvatarId = TestEmulator.DaisyLook, VoiceId = TestEmulator.Voice, Text = text };

    [Fact]
    public async Task A_session_starts_then_is_ready_with_an_hls_url()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var id = (await client.AvatarRealtime.CreateAvatarRealtimeSessionAsync(TextStream())).StreamId;

        var starting = await client.AvatarRealtime.GetAvatarRealtimeSessionAsync(id);
        emulator.ManualClock().Advance(emulator.Options.RealtimeStartupTime);
        var ready = await client.AvatarRealtime.GetAvatarRealtimeSessionAsync(id);

        Assert.Equal(AvatarRealtimeSessionStatus.Starting, starting.Status);
        Assert.Null(starting.Url);
        Assert.Equal(AvatarRealtimeSessionStatus.Ready, ready.Status);
        Assert.EndsWith("/stream.m3u8", ready.Url!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(AvatarRealtimeSessionType.TextStream, ready.Type);
        Assert.Equal(ready.CreatedAt + 3600, ready.ExpiresAt);
    }

    [Fact]
    public async Task Pushed_text_is_recorded_in_order_after_the_seed_text()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var id = (await client.AvatarRealtime.CreateAvatarRealtimeSessionAsync(TextStream("Seed."))).StreamId;

        foreach (var delta in new[] { "One, ", "two, ", "three." })
        {
            await client.AvatarRealtime.PushAvatarRealtimeTextAsync(id, new PushAvatarRealtimeTextRequest { Text = delta });
        }

        Assert.Equal(["Seed.", "One, ", "two, ", "three."], emulator.GetRealtimeTexts(id));
    }

    [Fact]
    public async Task A_fourth_concurrent_session_is_refused_with_concurrency_limit_exceeded()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient(o => o.Retry.MaxRetries = 0);
        for (var i = 0; i < 3; i++)
        {
            await client.AvatarRealtime.CreateAvatarRealtimeSessionAsync(TextStream());
        }

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.AvatarRealtime.CreateAvatarRealtimeSessionAsync(TextStream()));

        Assert.Equal(429, error.StatusCode);
        Assert.Equal("concurrency_limit_exceeded", error.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(31), error.RetryAfter);
        Assert.Equal(3, emulator.RealtimeSessions.Count);
    }

    [Fact]
    public async Task A_text_stream_idle_for_31_seconds_closes_and_refuses_more_text()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var clock = emulator.ManualClock();
        var id = (await client.AvatarRealtime.CreateAvatarRealtimeSessionAsync(TextStream())).StreamId;
        clock.Advance(TimeSpan.FromSeconds(20));
        await client.AvatarRealtime.PushAvatarRealtimeTextAsync(id, new PushAvatarRealtimeTextRequest { Text = "Still here." });

        clock.Advance(TimeSpan.FromSeconds(29));
        var alive = await client.AvatarRealtime.GetAvatarRealtimeSessionAsync(id);
        clock.Advance(TimeSpan.FromSeconds(2));
        var closed = await client.AvatarRealtime.GetAvatarRealtimeSessionAsync(id);
        var refused = await Assert.ThrowsAsync<HeyGenApiException>(() => client.AvatarRealtime.PushAvatarRealtimeTextAsync(id, new PushAvatarRealtimeTextRequest { Text = "Too late." }));

        Assert.Equal(AvatarRealtimeSessionStatus.Ready, alive.Status);
        Assert.Equal(AvatarRealtimeSessionStatus.Closed, closed.Status);
        Assert.Equal(closed.CreatedAt + 20 + 30, closed.ClosedAt);
        Assert.Equal(409, refused.StatusCode);
        Assert.Equal("session_closed", refused.ErrorCode);
        Assert.Equal("stream_id", refused.Parameter);
        Assert.Equal(50, emulator.Accounting.RealtimeSeconds);
    }

    [Fact]
    public async Task A_closed_session_frees_its_slot()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient(o => o.Retry.MaxRetries = 0);
        for (var i = 0; i < 3; i++)
        {
            await client.AvatarRealtime.CreateAvatarRealtimeSessionAsync(TextStream());
        }

        emulator.ManualClock().Advance(TimeSpan.FromSeconds(31));
        var fourth = await client.AvatarRealtime.CreateAvatarRealtimeSessionAsync(TextStream());

        Assert.Equal("starting", emulator.GetRealtimeSession(fourth.StreamId)!.Status);
        Assert.Equal(3, emulator.RealtimeSessions.Count(x => x.Status == "closed"));
    }

    [Fact]
    public async Task Every_session_closes_at_the_one_hour_cap_even_when_kept_busy()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var clock = emulator.ManualClock();
        var id = (await client.AvatarRealtime.CreateAvatarRealtimeSessionAsync(TextStream())).StreamId;
        for (var elapsed = 0; elapsed < 3600; elapsed += 20)
        {
            clock.Advance(TimeSpan.FromSeconds(20));
            var status = (await client.AvatarRealtime.GetAvatarRealtimeSessionAsync(id)).Status;
            if (status == AvatarRealtimeSessionStatus.Closed)
            {
                break;
            }

            await client.AvatarRealtime.PushAvatarRealtimeTextAsync(id, new PushAvatarRealtimeTextRequest { Text = "." });
        }

        var session = await client.AvatarRealtime.GetAvatarRealtimeSessionAsync(id);
        Assert.Equal(AvatarRealtimeSessionStatus.Closed, session.Status);
        Assert.Equal(session.ExpiresAt, session.ClosedAt);
    }

    [Fact]
    public async Task A_tts_session_takes_no_pushed_text()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var id = (await client.AvatarRealtime.CreateAvatarRealtimeSessionAsync(new CreateAvatarRealtimeTTS { AvatarId = TestEmulator.DaisyLook, VoiceId = TestEmulator.Voice, Text = "Fixed script." })).StreamId;

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.AvatarRealtime.PushAvatarRealtimeTextAsync(id, new PushAvatarRealtimeTextRequest { Text = "More?" }));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal(["Fixed script."], emulator.GetRealtimeTexts(id));
    }

    [Fact]
    public async Task An_audio_session_needs_an_uploaded_audio_asset_or_a_url()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        using var mp3 = new MemoryStream(Samples.Mp3);
        var asset = await client.Assets.UploadAssetAsync(new HeyGenFileContent(mp3, "hello.mp3", "audio/mpeg"));

        var created = await client.AvatarRealtime.CreateAvatarRealtimeSessionAsync(new CreateAvatarRealtimeAudio { AvatarId = TestEmulator.DaisyLook, Audio = new AssetId { AssetIdValue = asset.AssetId } });
        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.AvatarRealtime.CreateAvatarRealtimeSessionAsync(new CreateAvatarRealtimeAudio { AvatarId = TestEmulator.DaisyLook, Audio = new AssetId { AssetIdValue = "missing" } }));

        Assert.Equal("audio", emulator.GetRealtimeSession(created.StreamId)!.Type);
        Assert.Equal("audio.asset_id", error.Parameter);
    }
}
