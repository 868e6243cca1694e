using HeyGen.Automation;

namespace HeyGen.PowerShell.Tests.Automation;

public sealed class SmallHelpersTests
{
    [Fact]
    public void The_emulator_banner_gives_url_and_key()
    {
        Assert.True(EmulatorBanner.TryParse("HeyGen emulator listening on http://127.0.0.1:54321 (API key: emulator-demo-key)", out var url, out var key));
        Assert.Equal(new Uri("http://127.0.0.1:54321"), url);
        Assert.Equal("emulator-demo-key", key);
        Assert.False(EmulatorBanner.TryParse("info: Microsoft.Hosting.Lifetime[0] Now listening on: http://127.0.0.1:5000", out _, out _));
    }

    [Fact]
    public void Dotnet_is_found_from_the_host_path_then_root_then_PATH()
    {
        var files = new HashSet<string> { "/opt/a/dotnet", "/usr/bin/dotnet" };
        var env = new Dictionary<string, string?> { ["DOTNET_ROOT"] = "/opt/a", ["PATH"] = "/usr/local/bin:/usr/bin" };
        Assert.Equal("/opt/a/dotnet", DotNetLocator.Find(n => env.GetValueOrDefault(n), files.Contains, isWindows: false));
        env.Remove("DOTNET_ROOT");
        Assert.Equal("/usr/bin/dotnet", DotNetLocator.Find(n => env.GetValueOrDefault(n), files.Contains, isWindows: false));
        env["DOTNET_HOST_PATH"] = "/sdk/dotnet";
        files.Add("/sdk/dotnet");
        Assert.Equal("/sdk/dotnet", DotNetLocator.Find(n => env.GetValueOrDefault(n), files.Contains, isWindows: false));
        Assert.Null(DotNetLocator.Find(_ => null, _ => false, isWindows: false));
    }

    [Theory]
    [InlineData(VideoAsset.Video, "https://f.test/x/v.webm?sig=1", "abc.webm")]
    [InlineData(VideoAsset.Video, null, "abc.mp4")]
    [InlineData(VideoAsset.Thumbnail, "https://f.test/t", "abc.thumbnail.jpg")]
    [InlineData(VideoAsset.Captions, "https://f.test/c.vtt", "abc.vtt")]
    [InlineData(VideoAsset.CaptionedVideo, null, "abc.captioned.mp4")]
    public void Saved_files_are_named_after_the_video(VideoAsset asset, string? url, string expected)
    {
        Assert.Equal(expected, DownloadNaming.FileName("abc", asset, url is null ? null : new Uri(url)));
    }

    [Fact]
    public void Ids_that_are_not_file_names_are_made_safe()
    {
        Assert.Equal("a_b_c.mp4", DownloadNaming.FileName("a/b:c", VideoAsset.Video, null));
    }

    [Fact]
    public void Wait_progress_reads_like_a_sentence()
    {
        var statuses = new Dictionary<string, string> { ["a"] = "completed", ["b"] = "processing", ["c"] = "failed", ["d"] = "processing" };
        var progress = WaitProgressFormatter.ToProgress(new VideoWaitProgress(4, 1, 1, TimeSpan.FromSeconds(65), statuses), 7);
        Assert.Equal(7, progress.ActivityId);
        Assert.Equal("2 of 4 videos finished (1 failed), 1m 05s", progress.Status);
        Assert.Equal("1 completed, 1 failed, 2 processing", progress.CurrentOperation);
        Assert.Equal(50, progress.PercentComplete);
        Assert.False(progress.Completed);
    }

    [Fact]
    public void Completion_quotes_names_with_spaces_and_filters_by_prefix_or_wildcard()
    {
        var candidates = new[]
        {
            new CompletionCandidate("Daisy-inskirt-20220818", "Daisy-inskirt-20220818 (Daisy in skirt)", "t"),
            new CompletionCandidate("Olivia - Friendly", "Olivia - Friendly", "t"),
            new CompletionCandidate("josh_lite3_20230714", "josh_lite3_20230714 (Josh (lite))", "t"),
        };
        Assert.Equal("'Olivia - Friendly'", candidates[1].CompletionText);
        Assert.Equal("Daisy-inskirt-20220818", candidates[0].CompletionText);
        Assert.Equal(new[] { "Daisy-inskirt-20220818" }, CompletionCache.Filter(candidates, "dai").Select(c => c.Value));
        Assert.Equal(new[] { "josh_lite3_20230714" }, CompletionCache.Filter(candidates, "*lite3").Select(c => c.Value));
        Assert.Equal(new[] { "Olivia - Friendly" }, CompletionCache.Filter(candidates, "'Oli").Select(c => c.Value));
        Assert.Equal(3, CompletionCache.Filter(candidates, "").Count);
        Assert.Empty(CompletionCache.Filter(candidates, "[x"));
    }

    [Fact]
    public async Task The_completion_cache_reloads_only_after_its_lifetime()
    {
        var clock = new SteppingClock();
        var cache = new CompletionCache(TimeSpan.FromMinutes(10), clock);
        var loads = 0;
        Task<IReadOnlyList<CompletionCandidate>> Load(CancellationToken token)
        {
            loads++;
            return Task.FromResult<IReadOnlyList<CompletionCandidate>>(new[] { new CompletionCandidate("v" + loads, "v", "t") });
        }

        await cache.GetAsync(CompletionKind.VoiceId, Load, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal("v1", (await cache.GetAsync(CompletionKind.VoiceId, Load, CancellationToken.None))[0].Value);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("v2", (await cache.GetAsync(CompletionKind.VoiceId, Load, CancellationToken.None))[0].Value);
        cache.Clear();
        Assert.Equal("v3", (await cache.GetAsync(CompletionKind.VoiceId, Load, CancellationToken.None))[0].Value);
    }

    [Theory]
    [InlineData("a.JPG", "image/jpeg")]
    [InlineData("b.mp3", "audio/mpeg")]
    [InlineData("c.webm", "video/webm")]
    public void Upload_content_types_come_from_the_extension(string file, string type)
    {
        Assert.Equal(type, MediaTypeMap.ForPath(file));
        Assert.Equal("Path", Assert.ThrowsAny<ArgumentException>(() => MediaTypeMap.ForPath("x.exe")).ParamName);
    }

    private sealed class SteppingClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
