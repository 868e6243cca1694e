using HeyGen.Automation;
using HeyGen.PowerShell.Tests.Support;

namespace HeyGen.PowerShell.Tests.Emulator;

/// <summary>The Automation layer behind the catalogue and video cmdlets, against the emulator.</summary>
public sealed class CatalogAndVideoTests : IClassFixture<EmulatorSession>
{
    private readonly EmulatorSession _fixture;

    public CatalogAndVideoTests(EmulatorSession fixture) => _fixture = fixture;

    [Fact]
    public async Task Avatars_filter_by_name_wildcard_and_carry_their_default_voice()
    {
        var avatars = await new CatalogService(_fixture.Session.Client).GetAvatarsAsync(new CatalogFilter { Names = new[] { "Daisy*" } }, null, CancellationToken.None);
        Assert.NotEmpty(avatars);
        Assert.All(avatars, a => Assert.StartsWith("Daisy", a.Name, StringComparison.Ordinal));
        Assert.Contains(avatars, a => a.AvatarId == "Daisy-inskirt-20220818");
        Assert.All(avatars, a => Assert.False(string.IsNullOrEmpty(a.DefaultVoiceId)));
    }

    [Fact]
    public async Task Voices_filter_by_language_and_gender_and_groups_lead_to_their_looks()
    {
        var catalog = new CatalogService(_fixture.Session.Client);
        var voices = await catalog.GetVoicesAsync(new CatalogFilter { Languages = new[] { "Span*" }, Gender = "female" }, CancellationToken.None);
        Assert.NotEmpty(voices);
        Assert.All(voices, v => Assert.Equal(("Spanish", "female"), (v.Language, v.Gender)));

        var group = Assert.Single(await catalog.GetAvatarGroupsAsync(new CatalogFilter { Names = new[] { "Angela" } }, CancellationToken.None));
        var looks = await catalog.GetAvatarsAsync(new CatalogFilter(), group.GroupId, CancellationToken.None);
        Assert.Equal(group.LooksCount, looks.Count);
        Assert.All(looks, l => Assert.Equal(group.GroupId, l.GroupId));
    }

    [Fact]
    public async Task Completion_candidates_come_from_the_catalogue()
    {
        var candidates = await new CatalogService(_fixture.Session.Client).GetCompletionsAsync(CompletionKind.AvatarId, CancellationToken.None);
        Assert.Contains(CompletionCache.Filter(candidates, "Daisy-ins"), c => c.Value == "Daisy-inskirt-20220818");
    }

    [Fact]
    public async Task Create_wait_save_and_remove_a_video()
    {
        var videos = new VideoService(_fixture.Session.Client) { WaitOptions = EmulatorSession.FastWait };
        var voice = (await new CatalogService(_fixture.Session.Client).GetVoicesAsync(new CatalogFilter(), CancellationToken.None))[0].VoiceId;
        var created = await videos.CreateAsync(new VideoRequestSpec { AvatarId = "Daisy-inskirt-20220818", VoiceId = voice, Script = "Hello from the tests.", Title = "journey" }, CancellationToken.None);
        Assert.False(created.IsFinished);

        var sink = new RecordingSink();
        OperationRunner.Run((channel, token) => videos.WaitAsync(new[] { created.VideoId }, null, channel, token), sink, CancellationToken.None);
        var finished = Assert.IsType<HeyGenVideo>(Assert.Single(sink.Output));
        Assert.Equal("completed", finished.Status);
        // Every poll reports progress (how many polls depends on timing; the last record always closes the bar).
        Assert.Contains(sink.Progress, p => p.Activity == WaitProgressFormatter.Activity && p.Status.StartsWith("1 of 1 video finished", StringComparison.Ordinal));
        Assert.True(sink.Progress.Last().Completed);

        var directory = Path.Combine(Path.GetTempPath(), "heygen-save-" + Guid.NewGuid().ToString("N"));
        try
        {
            var saveSink = new RecordingSink();
            OperationRunner.Run((channel, token) => videos.SaveAsync(created.VideoId, new[] { VideoAsset.Video, VideoAsset.Thumbnail }, directory, null, false, channel, token), saveSink, CancellationToken.None);
            var files = saveSink.Output.Cast<HeyGenSavedFile>().ToList();
            Assert.Equal(2, files.Count);
            var video = files.Single(f => f.Asset == VideoAsset.Video);
            Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(video.Path), 4, 4));

            // Saving again without -Force leaves the files alone and reports each as a non-terminating error.
            var again = new RecordingSink();
            OperationRunner.Run((channel, token) => videos.SaveAsync(created.VideoId, new[] { VideoAsset.Video }, directory, null, false, channel, token), again, CancellationToken.None);
            Assert.Empty(again.Output);
            Assert.Equal(HeyGenErrorCategory.ResourceExists, Assert.Single(again.Errors).Category);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        Assert.True((await videos.RemoveAsync(created.VideoId, CancellationToken.None)).Deleted);
        var gone = await Assert.ThrowsAsync<HeyGenApiException>(() => videos.GetAsync(created.VideoId, CancellationToken.None));
        Assert.Equal(HeyGenErrorCategory.ObjectNotFound, ErrorMapper.Map(gone, created.VideoId).Category);
    }

    [Fact]
    public void Waiting_for_an_unknown_video_is_a_not_found_error_and_no_output()
    {
        var videos = new VideoService(_fixture.Session.Client) { WaitOptions = EmulatorSession.FastWait };
        var sink = new RecordingSink();
        OperationRunner.Run((channel, token) => videos.WaitAsync(new[] { "no-such-video" }, null, channel, token), sink, CancellationToken.None);
        Assert.Empty(sink.Output);
        var error = Assert.Single(sink.Errors);
        Assert.Equal(HeyGenErrorCategory.ObjectNotFound, error.Category);
        Assert.Equal("no-such-video", error.TargetObject);
    }

    [Fact]
    public async Task Saving_an_unfinished_video_asks_to_wait_first()
    {
        var videos = new VideoService(_fixture.Session.Client);
        var created = await videos.CreateAsync(new VideoRequestSpec { AvatarId = "Daisy-inskirt-20220818", VoiceId = "1bd001e7e50f421d891986aad5158bc8", Script = "Not yet." }, CancellationToken.None);
        var error = Assert.Throws<InvalidOperationException>(() => OperationRunner.Run((channel, token) => videos.SaveAsync(created.VideoId, new[] { VideoAsset.Video }, Path.GetTempPath(), null, false, channel, token), new RecordingSink(), CancellationToken.None));
        Assert.Contains("Wait-HeyGenVideo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_shows_every_request_without_the_key()
    {
        var sink = new RecordingSink();
        OperationRunner.Run((_, token) => HeyGenUser.GetAsync(_fixture.Session.Client, token), sink, CancellationToken.None);
        Assert.Contains(sink.Verbose, v => v.StartsWith("HTTP GET " + _fixture.Emulator.BaseUrl, StringComparison.Ordinal) && v.Contains("X-Api-Key: ***", StringComparison.Ordinal));
        Assert.Contains(sink.Verbose, v => v.StartsWith("HTTP 200", StringComparison.Ordinal));
        Assert.DoesNotContain(sink.Verbose, v => v.Contains(_fixture.Emulator.ApiKey, StringComparison.Ordinal));
    }
}
