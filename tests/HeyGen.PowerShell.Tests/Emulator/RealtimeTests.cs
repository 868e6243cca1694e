using HeyGen.Automation;
using HeyGen.PowerShell.Tests.Support;

namespace HeyGen.PowerShell.Tests.Emulator;

/// <summary>
/// The Automation layer behind Start-, Get-, Send-HeyGenRealtimeText and Stop-HeyGenRealtimeSession, over real HTTP
/// against the emulator on a manual clock: modes, order of deltas, the keep-alive, the idle timeout and the 3-session cap.
/// </summary>
public sealed class RealtimeTests : IClassFixture<ManualClockEmulatorSession>
{
    private const string Avatar = "Daisy-inskirt-20220818";
    private readonly ManualClockEmulatorSession _fixture;

    public RealtimeTests(ManualClockEmulatorSession fixture)
    {
        _fixture = fixture;
        _fixture.Emulator.Reset();
    }

    private HeyGenSession Session => _fixture.Session;

    [Fact]
    public async Task A_tts_session_is_ready_with_an_HLS_playlist_and_a_closed_progress_bar()
    {
        var sink = new RecordingSink();
        var session = Start(new RealtimeStartSpec { Mode = RealtimeMode.Tts, AvatarId = Avatar, VoiceId = await VoiceAsync(), Text = "Your changes were saved." }, sink);

        Assert.Equal("ready", session.Status);
        Assert.Equal("tts", session.Mode);
        Assert.EndsWith(".m3u8", session.PlaybackUrl!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(session.SessionId, session.ToString());
        Assert.Contains(sink.Progress, p => p.Activity == RealtimeService.ReadyActivity && !p.Completed);
        Assert.True(sink.Progress.Last().Completed);

        using var http = new HttpClient();
        Assert.StartsWith("#EXTM3U", await http.GetStringAsync(session.PlaybackUrl), StringComparison.Ordinal);
        Assert.Equal(new[] { "Your changes were saved." }, _fixture.Emulator.GetRealtimeTexts(session.SessionId));
        Assert.Contains(session.SessionId, Session.Realtime.Known);
    }

    [Fact]
    public async Task Audio_sessions_start_from_a_url_an_asset_a_file_and_base64()
    {
        var file = Path.Combine(Path.GetTempPath(), "heygen-audio-" + Guid.NewGuid().ToString("N") + ".mp3");
        await File.WriteAllBytesAsync(file, new byte[] { 0xFF, 0xFB, 0x90, 0x44, 1, 2, 3, 4 });
        try
        {
            var asset = await new AssetService(Session.Client).UploadAsync(file, CancellationToken.None);
            var specs = new[]
            {
                new RealtimeStartSpec { Mode = RealtimeMode.Audio, AvatarId = Avatar, AudioUrl = "https://example.com/hello.mp3" },
                new RealtimeStartSpec { Mode = RealtimeMode.Audio, AvatarId = Avatar, AudioAssetId = asset.AssetId },
                new RealtimeStartSpec { Mode = RealtimeMode.Audio, AvatarId = Avatar, AudioPath = file },
            };
            foreach (var spec in specs)
            {
                var session = Start(spec, new RecordingSink());
                Assert.Equal(("audio", "ready"), (session.Mode, session.Status));
            }

            _fixture.Emulator.Reset();
            var inline = Start(new RealtimeStartSpec { Mode = RealtimeMode.Audio, AvatarId = Avatar, AudioBase64 = Convert.ToBase64String(new byte[] { 1, 2, 3 }), AudioMediaType = "audio/mpeg" }, new RecordingSink());
            Assert.Equal("audio", inline.Mode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Wrong_combinations_are_refused_before_anything_is_sent()
    {
        var missingAudio = Assert.Throws<ArgumentException>(() => RealtimeService.BuildBody(new RealtimeStartSpec { Mode = RealtimeMode.Audio, AvatarId = Avatar }));
        Assert.Equal("AudioUrl", missingAudio.ParamName);
        Assert.Equal("VoiceId", Assert.Throws<ArgumentException>(() => RealtimeService.BuildBody(new RealtimeStartSpec { Mode = RealtimeMode.TextStream, AvatarId = Avatar, Text = "Hi" })).ParamName);
        Assert.Equal("AudioMediaType", Assert.Throws<ArgumentException>(() => RealtimeService.BuildBody(new RealtimeStartSpec { Mode = RealtimeMode.Audio, AvatarId = Avatar, AudioBase64 = "AQID" })).ParamName);
        Assert.Equal("AudioUrl", Assert.Throws<ArgumentException>(() => RealtimeService.BuildBody(new RealtimeStartSpec { Mode = RealtimeMode.Audio, AvatarId = Avatar, AudioUrl = "ftp://x/y.mp3" })).ParamName);
        Assert.Equal("HeyGen.InvalidArgument", ErrorMapper.Map(missingAudio, null).ErrorId);
        Assert.Empty(_fixture.Emulator.RealtimeSessions);
    }

    [Fact]
    public async Task Text_from_the_pipeline_arrives_in_order_and_blank_lines_are_skipped()
    {
        var session = Start(new RealtimeStartSpec { Mode = RealtimeMode.TextStream, AvatarId = Avatar, VoiceId = await VoiceAsync(), Text = "Once upon a time," }, new RecordingSink());
        var lines = new[] { "there was an avatar", "", "   ", "that replaced alert()." };
        using (var lease = await Service().OpenTextAsync(session.SessionId, CancellationToken.None))
        {
            foreach (var line in lines.Where(RealtimeTextLease.IsSendable))
            {
                await lease.PushAsync(line, CancellationToken.None);
            }

            Assert.Equal(2, lease.Sent);
            await Assert.ThrowsAsync<ArgumentException>(() => lease.PushAsync(" ", CancellationToken.None));
        }

        Assert.Equal(new[] { "Once upon a time,", "there was an avatar", "that replaced alert()." }, _fixture.Emulator.GetRealtimeTexts(session.SessionId));
    }

    [Fact]
    public async Task The_pipeline_keeps_the_session_alive_and_it_closes_31_seconds_after_the_pipeline_ended()
    {
        var clock = _fixture.Clock!;
        var service = Service();
        var session = Start(new RealtimeStartSpec { Mode = RealtimeMode.TextStream, AvatarId = Avatar, VoiceId = await VoiceAsync(), Text = "Seed." }, new RecordingSink());
        using (var lease = await service.OpenTextAsync(session.SessionId, CancellationToken.None))
        {
            await lease.PushAsync("First.", CancellationToken.None);

            // A slow producer: 25 s pass twice without a delta; the keep-alive pushes in between.
            for (var round = 1; round <= 2; round++)
            {
                clock.Advance(TimeSpan.FromSeconds(25));
                await WaitUntilAsync(() => _fixture.Emulator.GetRealtimeTexts(session.SessionId).Count(t => t == ".") >= round);
            }

            await lease.PushAsync("Second.", CancellationToken.None);
            Assert.Equal("ready", (await service.GetAsync(session.SessionId, CancellationToken.None)).Status);
        }

        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal("closed", (await service.GetAsync(session.SessionId, CancellationToken.None)).Status);
        var closed = await Assert.ThrowsAsync<HeyGenRealtimeSessionClosedException>(() => service.OpenTextAsync(session.SessionId, CancellationToken.None));
        var error = ErrorMapper.Map(closed, session.SessionId);
        Assert.Equal(("HeyGen.RealtimeSessionClosed", HeyGenErrorCategory.ResourceUnavailable), (error.ErrorId, error.Category));
        Assert.Contains("Start-HeyGenRealtimeSession", error.RecommendedAction, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fourth_concurrent_session_is_a_clear_LimitsExceeded_error()
    {
        var voice = await VoiceAsync();
        for (var i = 0; i < 3; i++)
        {
            Start(new RealtimeStartSpec { Mode = RealtimeMode.TextStream, AvatarId = Avatar, VoiceId = voice, Text = "Session " + i }, new RecordingSink());
        }

        var sink = new RecordingSink();
        var limit = Assert.Throws<HeyGenRealtimeLimitException>(() => Start(new RealtimeStartSpec { Mode = RealtimeMode.TextStream, AvatarId = Avatar, VoiceId = voice, Text = "One too many" }, sink));
        var error = ErrorMapper.Map(limit, Avatar);
        Assert.Equal(("HeyGen.RealtimeSessionLimit", HeyGenErrorCategory.LimitsExceeded), (error.ErrorId, error.Category));
        Assert.Contains("3", error.Message, StringComparison.Ordinal);
        Assert.Contains("Stop-HeyGenRealtimeSession", error.RecommendedAction, StringComparison.Ordinal);
        Assert.Equal(Avatar, error.TargetObject);
        Assert.True(sink.Progress.Last().Completed, "the progress bar is closed on failure too");
        Assert.Equal(3, _fixture.Emulator.RealtimeSessions.Count);

        // The idle sessions close after 30 s; then there is room again.
        _fixture.Clock!.Advance(TimeSpan.FromSeconds(31));
        Start(new RealtimeStartSpec { Mode = RealtimeMode.TextStream, AvatarId = Avatar, VoiceId = voice, Text = "Room again" }, new RecordingSink());
    }

    [Fact]
    public async Task KeepAlive_holds_the_session_between_commands_until_Stop()
    {
        var clock = _fixture.Clock!;
        var service = Service();
        var session = Start(new RealtimeStartSpec { Mode = RealtimeMode.TextStream, AvatarId = Avatar, VoiceId = await VoiceAsync(), Text = "Kept.", KeepAlive = true }, new RecordingSink());
        Assert.True(session.KeepAlive);

        clock.Advance(TimeSpan.FromSeconds(25));
        await WaitUntilAsync(() => _fixture.Emulator.GetRealtimeTexts(session.SessionId).Contains("."));
        clock.Advance(TimeSpan.FromSeconds(10));

        // A later Send borrows the kept session (no second keep-alive), and disposing the lease keeps it alive.
        using (var lease = await service.OpenTextAsync(session.SessionId, CancellationToken.None))
        {
            await lease.PushAsync("Still here.", CancellationToken.None);
        }

        Assert.True(Session.Realtime.IsKeptAlive(session.SessionId));

        var stopped = await service.StopAsync(session.SessionId, CancellationToken.None);
        Assert.True(stopped.Stopped);
        Assert.False(stopped.KeepAlive);
        await Assert.ThrowsAsync<HeyGenRealtimeSessionClosedException>(() => service.OpenTextAsync(session.SessionId, CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal("closed", (await service.GetAsync(session.SessionId, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Only_text_stream_sessions_take_text()
    {
        var session = Start(new RealtimeStartSpec { Mode = RealtimeMode.Tts, AvatarId = Avatar, VoiceId = await VoiceAsync(), Text = "Hi." }, new RecordingSink());
        var wrong = await Assert.ThrowsAsync<ArgumentException>(() => Service().OpenTextAsync(session.SessionId, CancellationToken.None));
        Assert.Equal("Session", wrong.ParamName);
        Assert.Contains("-TextStream", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_session_is_ObjectNotFound()
    {
        var unknown = await Assert.ThrowsAnyAsync<Exception>(() => Service().GetAsync("no-such-stream", CancellationToken.None));
        Assert.Equal(HeyGenErrorCategory.ObjectNotFound, ErrorMapper.Map(unknown, "no-such-stream").Category);
    }

    private RealtimeService Service() => new(Session.Client, Session.Realtime)
    {
        PollInterval = TimeSpan.FromMilliseconds(20),
        Clock = _fixture.Clock,
    };

    private HeyGenRealtimeSession Start(RealtimeStartSpec spec, RecordingSink sink) =>
        OperationRunner.Run((channel, token) => Service().StartAsync(spec, channel, token), sink, CancellationToken.None);

    private async Task<string> VoiceAsync() =>
        (await new CatalogService(Session.Client).GetVoicesAsync(new CatalogFilter(), CancellationToken.None))[0].VoiceId;

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the condition");
            await Task.Delay(20);
        }
    }
}
