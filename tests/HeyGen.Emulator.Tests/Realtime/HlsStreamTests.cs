using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Realtime;

/// <summary>The realtime session's HLS stream: a live playlist that slides with the clock and real MPEG-TS segments, open to browsers (CORS).</summary>
public sealed class HlsStreamTests
{
    [Fact]
    public async Task The_playlist_lists_segments_that_are_mpeg_ts_and_ends_when_the_session_closes()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        using var http = new HttpClient();
        var clock = emulator.ManualClock();
        var id = (await client.AvatarRealtime.CreateAvatarRealtimeSessionAsync(new CreateAvatarRealtimeTextStream { AvatarId = TestEmulator.DaisyLook, VoiceId = TestEmulator.Voice, Text = "Hi." })).StreamId;
        clock.Advance(TimeSpan.FromSeconds(1));
        var url = (await client.AvatarRealtime.GetAvatarRealtimeSessionAsync(id)).Url!;

        using var playlistResponse = await http.GetAsync(url);
        var playlist = await playlistResponse.Content.ReadAsStringAsync();
        var segments = playlist.Split('\n').Where(l => l.EndsWith(".ts", StringComparison.Ordinal)).ToList();
        var segment = await http.GetByteArrayAsync(new Uri(url, segments[0]));
        clock.Advance(TimeSpan.FromSeconds(10));
        var later = await http.GetStringAsync(url);
        clock.Advance(TimeSpan.FromSeconds(30));
        var ended = await http.GetStringAsync(url);

        Assert.Equal("application/vnd.apple.mpegurl", playlistResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", playlistResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.StartsWith("#EXTM3U", playlist, StringComparison.Ordinal);
        Assert.Equal(3, segments.Count);
        Assert.Equal(0x47, segment[0]);
        Assert.Equal(0, segment.Length % 188);
        Assert.Contains("#EXT-X-MEDIA-SEQUENCE:5", later, StringComparison.Ordinal);
        Assert.DoesNotContain("#EXT-X-ENDLIST", later, StringComparison.Ordinal);
        Assert.Contains("#EXT-X-ENDLIST", ended, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_stream_is_404_xml()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(emulator.BaseUrl, "_media/realtime/nope/stream.m3u8"));

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Contains("NoSuchKey", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
