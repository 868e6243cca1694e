using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Runtime;

/// <summary>Verified downloads of the emulator's real media: expired URLs are refreshed, truncated transfers retried and never kept.</summary>
public sealed class DownloadTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("heygen-emulator-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_finished_video_downloads_as_a_real_mp4_with_thumbnail_and_gif()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateLinkedClient();
        var id = (await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo())).VideoId;
        emulator.FinishRenders();

        var video = await client.Videos.DownloadAsync(id, Path.Combine(_directory, "intro.mp4"));
        var thumbnail = await client.Videos.DownloadAsync(id, Path.Combine(_directory, "intro.jpg"), VideoAsset.Thumbnail);
        var gif = await client.Videos.DownloadAsync(id, Path.Combine(_directory, "intro.gif"), VideoAsset.Gif);

        var bytes = await File.ReadAllBytesAsync(video.Path);
        Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(bytes, 4, 4));
        Assert.Equal(1, video.Attempts);
        Assert.Equal("image/jpeg", thumbnail.ContentType);
        Assert.Equal("image/gif", gif.ContentType);
        Assert.Equal(3, emulator.Accounting.DownloadsByVideo[id].Count);
    }

    [Fact]
    public async Task A_webm_render_downloads_as_webm()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateLinkedClient();
        var request = TestEmulator.AvatarVideo();
        request.OutputFormat = OutputFormat.Webm;
        var created = await client.Videos.CreateVideoAsync(request);
        emulator.FinishRenders();

        var result = await client.Videos.DownloadAsync(created.VideoId, Path.Combine(_directory, "overlay.webm"));

        Assert.Equal(OutputFormat.Webm, created.OutputFormat);
        Assert.Equal("video/webm", result.ContentType);
        Assert.Equal([0x1A, 0x45, 0xDF, 0xA3], (await File.ReadAllBytesAsync(result.Path))[..4]);
    }

    [Fact]
    public async Task An_expired_url_is_refused_with_s3_xml_and_refreshed_through_a_status_call()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateLinkedClient();
        var id = (await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo())).VideoId;
        emulator.FinishRenders();
        var stale = await client.Videos.GetVideoAsync(id);
        emulator.ManualClock().Advance(TimeSpan.FromDays(8));

        using var http = new HttpClient();
        using var refused = await http.GetAsync(stale.VideoUrl);
        var xml = await refused.Content.ReadAsStringAsync();
        var result = await client.Videos.DownloadAsync(stale, Path.Combine(_directory, "late.mp4"));

        Assert.Equal(403, (int)refused.StatusCode);
        Assert.Equal("application/xml", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<Code>AccessDenied</Code>", xml, StringComparison.Ordinal);
        Assert.Contains("Request has expired", xml, StringComparison.Ordinal);
        Assert.True(File.Exists(result.Path));
        Assert.Equal(2, emulator.Accounting.Requests("getVideo"));
    }

    [Fact]
    public async Task A_tampered_url_is_refused()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateLinkedClient();
        var id = (await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo())).VideoId;
        emulator.FinishRenders();
        var url = (await client.Videos.GetVideoAsync(id)).VideoUrl!.ToString();
        var longer = System.Text.RegularExpressions.Regex.Replace(url, "expires=(\\d+)", m => "expires=" + (long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1000));

        using var http = new HttpClient();
        using var refused = await http.GetAsync(new Uri(longer));

        Assert.Equal(403, (int)refused.StatusCode);
        Assert.Contains("SignatureDoesNotMatch", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_transfer_is_detected_and_retried()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.TruncateDownload(count: 1, fraction: 0.4);
        using var client = emulator.CreateLinkedClient();
        var id = (await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo())).VideoId;
        emulator.FinishRenders();

        var result = await client.Videos.DownloadAsync(id, Path.Combine(_directory, "whole.mp4"));

        Assert.Equal(2, result.Attempts);
        Assert.Equal(result.Length, new FileInfo(result.Path).Length);
        Assert.Equal(2, emulator.Accounting.DownloadsByVideo[id].Count);
        Assert.Single(Directory.GetFiles(_directory));
    }

    [Fact]
    public async Task A_transfer_truncated_every_time_fails_without_leaving_a_file()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.TruncateDownload(count: 100);
        using var client = emulator.CreateLinkedClient();
        var id = (await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo())).VideoId;
        emulator.FinishRenders();
        var target = Path.Combine(_directory, "never.mp4");

        var error = await Assert.ThrowsAsync<HeyGenDownloadException>(() => client.Videos.DownloadAsync(id, target, options: new DownloadOptions { MaxAttempts = 3 }));

        Assert.Contains("3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_directory));
    }

    [Fact]
    public async Task A_video_that_is_not_finished_has_nothing_to_download()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateLinkedClient();
        var id = (await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo())).VideoId;

        var error = await Assert.ThrowsAsync<HeyGenDownloadException>(() => client.Videos.DownloadAsync(id, Path.Combine(_directory, "early.mp4")));

        Assert.Contains("wait until it is completed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Captions_are_served_as_srt_when_requested()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateLinkedClient();
        var request = TestEmulator.AvatarVideo("One two three four five six seven eight nine ten.");
        request.Caption = new CaptionSettings { FileFormat = CaptionSettingsFileFormat.Srt };
        var id = (await client.Videos.CreateVideoAsync(request)).VideoId;
        emulator.FinishRenders();

        var result = await client.Videos.DownloadAsync(id, Path.Combine(_directory, "captions.srt"), VideoAsset.Captions);

        var srt = await File.ReadAllTextAsync(result.Path);
        Assert.StartsWith("1\n00:00:00,000 --> ", srt, StringComparison.Ordinal);
        Assert.Contains("One two three", srt, StringComparison.Ordinal);
    }
}
