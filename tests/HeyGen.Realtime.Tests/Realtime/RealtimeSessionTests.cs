using HeyGen.Realtime.Tests.Infrastructure;

namespace HeyGen.Realtime.Tests.Realtime;

/// <summary>Starting v3 realtime sessions in every mode and waiting until they can be played.</summary>
public sealed class RealtimeSessionTests
{
    [Fact]
    public async Task A_tts_session_waits_through_starting_and_returns_the_hls_url()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.FromSeconds(3));
        using var client = emulator.CreateClient();
        var options = new RealtimeSessionOptions { TimeProvider = new AutoAdvancingClock(emulator.ManualClock()), PollInterval = TimeSpan.FromSeconds(1) };

        var ready = await client.AvatarRealtime.StartTtsAsync(TestEmulator.DaisyLook, TestEmulator.Voice, "Welcome aboard.", options).WithPatience();

        Assert.EndsWith("/stream.m3u8", ready.PlaybackUrl.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(AvatarRealtimeSessionType.Tts, ready.Type);
        Assert.Equal(AvatarRealtimeSessionStatus.Ready, ready.Snapshot.Status);
        Assert.Equal(ready.Snapshot.CreatedAt + 3600, ready.ExpiresAt?.ToUnixTimeSeconds());
        Assert.Equal(["Welcome aboard."], emulator.GetRealtimeTexts(ready.StreamId));
        Assert.True(emulator.Clock.GetUtcNow() - ManualTimeProvider.DefaultStart >= TimeSpan.FromSeconds(3), "the helper polled until the startup time had passed");
    }

    [Fact]
    public async Task The_playback_url_serves_a_live_hls_playlist()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        using var client = emulator.CreateClient();
        using var http = new HttpClient();

        var ready = await client.AvatarRealtime.StartTtsAsync(TestEmulator.DaisyLook, TestEmulator.Voice, "Hello.", emulator.RealtimeOptions());
        var playlist = await http.GetStringAsync(ready.PlaybackUrl);

        Assert.StartsWith("#EXTM3U", playlist, StringComparison.Ordinal);
        Assert.Contains(".ts", playlist, StringComparison.Ordinal);
    }

    public static TheoryData<string> AudioSources => new() { "url", "asset_id", "base64" };

    [Theory]
    [MemberData(nameof(AudioSources))]
    public async Task An_audio_session_starts_from_each_kind_of_audio_source(string source)
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        using var client = emulator.CreateClient();
        var audio = source switch
        {
            "url" => RealtimeAudio.FromUrl(new Uri("https://example.org/narration.mp3")),
            "asset_id" => RealtimeAudio.FromAssetId((await UploadAudioAsync(client)).AssetId),
            _ => RealtimeAudio.FromBytes(SampleAudio, "audio/mpeg"),
        };

        var ready = await client.AvatarRealtime.StartAudioAsync(TestEmulator.DaisyLook, audio, emulator.RealtimeOptions());

        Assert.Equal(AvatarRealtimeSessionType.Audio, ready.Type);
        Assert.Equal("audio", emulator.GetRealtimeSession(ready.StreamId)!.Type);
    }

    [Fact]
    public async Task An_unknown_asset_id_is_a_typed_api_error_naming_the_parameter()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        using var client = emulator.CreateClient();

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.AvatarRealtime.StartAudioAsync(TestEmulator.DaisyLook, RealtimeAudio.FromAssetId("no-such-asset"), emulator.RealtimeOptions()));

        Assert.Equal(400, error.StatusCode);
        Assert.Contains("audio", error.Parameter, StringComparison.Ordinal);
        Assert.Empty(emulator.RealtimeSessions);
    }

    [Fact]
    public async Task The_fourth_concurrent_session_is_a_clear_limit_error()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        using var client = emulator.CreateImpatientClient();
        for (var i = 0; i < 3; i++)
        {
            await client.AvatarRealtime.StartTtsAsync(TestEmulator.DaisyLook, TestEmulator.Voice, "Session " + i + ".", emulator.RealtimeOptions());
        }

        var error = await Assert.ThrowsAsync<HeyGenRealtimeLimitException>(() => client.AvatarRealtime.StartTextStreamAsync(TestEmulator.DaisyLook, TestEmulator.Voice, "One too many.", emulator.RealtimeOptions()));

        Assert.IsAssignableFrom<HeyGenApiException>(error);
        Assert.Equal(429, error.StatusCode);
        Assert.Equal(HeyGenRealtimeLimitException.LimitErrorCode, error.ErrorCode);
        Assert.Contains("concurrent realtime sessions", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.RetryAfter);
        Assert.Equal(3, emulator.RealtimeSessions.Count);
    }

    [Fact]
    public async Task Waiting_for_a_closed_session_is_a_session_closed_error()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        using var client = emulator.CreateClient();
        var created = await client.AvatarRealtime.CreateAvatarRealtimeSessionAsync(new CreateAvatarRealtimeTextStream { AvatarId = TestEmulator.DaisyLook, VoiceId = TestEmulator.Voice, Text = "Hi." });
        emulator.ManualClock().Advance(TimeSpan.FromSeconds(31));

        var error = await Assert.ThrowsAsync<HeyGenRealtimeSessionClosedException>(() => client.AvatarRealtime.WaitUntilReadyAsync(created.StreamId, emulator.RealtimeOptions()));

        Assert.Equal(created.StreamId, error.StreamId);
        Assert.Equal("closed", error.Status);
    }

    [Fact]
    public async Task A_session_that_never_gets_ready_times_out_on_the_given_clock()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.FromMinutes(10));
        using var client = emulator.CreateClient();
        var options = new RealtimeSessionOptions { TimeProvider = new AutoAdvancingClock(emulator.ManualClock()), PollInterval = TimeSpan.FromSeconds(5), ReadyTimeout = TimeSpan.FromSeconds(30) };

        var error = await Assert.ThrowsAsync<TimeoutException>(() => client.AvatarRealtime.StartTtsAsync(TestEmulator.DaisyLook, TestEmulator.Voice, "Hello.", options)).WithPatience();

        Assert.Contains("starting", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_text_stream_sessions_can_be_attached_for_pushing_text()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        using var client = emulator.CreateClient();
        var tts = await client.AvatarRealtime.StartTtsAsync(TestEmulator.DaisyLook, TestEmulator.Voice, "Fixed script.", emulator.RealtimeOptions());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.AvatarRealtime.AttachTextStreamAsync(tts.StreamId, emulator.RealtimeOptions()));

        Assert.Contains("tts", error.Message, StringComparison.Ordinal);
    }

    private static readonly byte[] SampleAudio = [0x49, 0x44, 0x33, 0x04, 0, 0, 0, 0, 0, 0, 0xFF, 0xFB, 0x90, 0x64];

    private static Task<UploadedAsset> UploadAudioAsync(HeyGenClient client) =>
        client.Assets.UploadAssetAsync(new HeyGenFileContent(new MemoryStream(SampleAudio), "narration.mp3", "audio/mpeg"));
}
