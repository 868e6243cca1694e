using HeyGen.Automation;
using HeyGen.PowerShell.Tests.Support;

namespace HeyGen.PowerShell.Tests.Emulator;

/// <summary>
/// The photo avatar pipeline, step by step as the cmdlets chain it (generate photos → wait → create group → add
/// looks → train → wait → generate looks → wait), over real HTTP against the emulator.
/// </summary>
public sealed class PhotoAvatarTests : IClassFixture<LiveEmulatorSession>
{
    private readonly LiveEmulatorSession _fixture;

    public PhotoAvatarTests(LiveEmulatorSession fixture) => _fixture = fixture;

    private PhotoAvatarService Service => new(_fixture.Session.Client, _fixture.Session.PhotoAvatars)
    {
        WaitOptions = new PhotoAvatarWaitOptions { PollInterval = TimeSpan.FromMilliseconds(50), Timeout = TimeSpan.FromMinutes(1) },
    };

    [Fact]
    public async Task The_whole_chain_passes_each_object_to_the_next_step()
    {
        var photos = await Service.GeneratePhotosAsync(
            new PhotoAvatarPhotoSpec { Name = "Ava", Age = "young adult", Gender = "woman", Ethnicity = "East Asian", Appearance = "Blue blazer", Orientation = "SQUARE", Pose = "headshot", Style = "realistic" },
            CancellationToken.None);
        Assert.Equal(("photos", "in_progress", "Ava", "square", "headshot", "Realistic"), (photos.Kind, photos.Status, photos.Name, photos.Orientation, photos.Pose, photos.Style));

        var sink = new RecordingSink();
        var finished = Assert.IsType<HeyGenPhotoAvatarGeneration>(Wait(photos.GenerationId, null, sink));
        Assert.Equal("success", finished.Status);
        Assert.True(finished.ImageKeys.Length >= 2, "the emulator generates several photos");
        Assert.Equal(finished.ImageKeys.Length, finished.ImageUrls.Length);
        Assert.Contains(sink.Progress, p => p.Status.StartsWith("Generating photos " + photos.GenerationId, StringComparison.Ordinal));
        Assert.True(sink.Progress.Last().Completed);

        // New-HeyGenPhotoAvatarGroup binds Name and ImageKeys; Add-HeyGenPhotoAvatarLook binds GroupId and UnusedImageKeys.
        var group = await Service.CreateGroupAsync(finished.Name!, finished.ImageKeys, CancellationToken.None);
        Assert.Equal(("Ava", "created", 1), (group.Name, group.Status, group.LookIds.Length));
        Assert.Equal(finished.ImageKeys.Skip(1), group.UnusedImageKeys);
        Assert.Equal(("square", "headshot", "Realistic"), (group.Orientation, group.Pose, group.Style));

        var withLooks = await Service.AddLooksAsync(group.GroupId, group.UnusedImageKeys, null!, CancellationToken.None);
        Assert.Equal(finished.ImageKeys.Length, withLooks.LookIds.Length);
        Assert.Empty(withLooks.UnusedImageKeys);

        var training = await Service.TrainAsync(withLooks.GroupId, CancellationToken.None);
        Assert.Equal("pending", training.Status);
        var trained = Assert.IsType<HeyGenPhotoAvatarGroup>(Wait(null, training.GroupId, new RecordingSink()));
        Assert.Equal("ready", trained.Status);

        // New-HeyGenPhotoAvatarLook binds GroupId, Orientation, Pose and Style from the trained group.
        var looks = await Service.GenerateLooksAsync(trained.GroupId, "In a sunny park", trained.Orientation, trained.Pose, trained.Style, CancellationToken.None);
        Assert.Equal(("looks", trained.GroupId, "headshot"), (looks.Kind, looks.GroupId, looks.Pose));

        var lookSink = new RecordingSink();
        var generated = Assert.IsType<HeyGenPhotoAvatarGeneration>(Wait(looks.GenerationId, looks.GroupId, lookSink));
        Assert.Equal(("success", "looks"), (generated.Status, generated.Kind));
        Assert.NotEmpty(generated.ImageUrls);
        Assert.Contains(lookSink.Progress, p => p.Status.StartsWith("Generating looks", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_group_with_nothing_to_add_passes_through()
    {
        var photos = await Service.GeneratePhotosAsync(new PhotoAvatarPhotoSpec { Name = "Ben", Age = "Adult", Gender = "Man", Ethnicity = "Mixed", Appearance = "Red scarf", Orientation = "vertical", Pose = "half_body", Style = "Artistic" }, CancellationToken.None);
        var finished = (HeyGenPhotoAvatarGeneration)Wait(photos.GenerationId, null, new RecordingSink());
        var group = await Service.CreateGroupAsync("Ben", finished.ImageKeys.Take(1).ToList(), CancellationToken.None);
        var sink = new RecordingSink();
        var same = OperationRunner.Run((channel, token) => Service.AddLooksAsync(group.GroupId, group.UnusedImageKeys, channel, token), sink, CancellationToken.None);
        Assert.Equal((group.GroupId, 1), (same.GroupId, same.LookIds.Length));
        Assert.Contains(sink.Verbose, v => v.Contains("No image keys", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_values_and_missing_ids_are_argument_errors()
    {
        var age = await Assert.ThrowsAsync<ArgumentException>(() => Service.GeneratePhotosAsync(new PhotoAvatarPhotoSpec { Name = "X", Age = "Teen", Gender = "Man", Ethnicity = "E", Appearance = "A", Orientation = "square", Pose = "headshot", Style = "Realistic" }, CancellationToken.None));
        Assert.Equal("Age", age.ParamName);
        Assert.Equal("ImageKey", (await Assert.ThrowsAsync<ArgumentException>(() => Service.CreateGroupAsync("X", Array.Empty<string>(), CancellationToken.None))).ParamName);
        var neither = Assert.Throws<ArgumentException>(() => Wait(null, null, new RecordingSink()));
        Assert.Equal("GenerationId", neither.ParamName);
    }

    [Fact]
    public async Task Unknown_image_keys_are_InvalidArgument_from_the_server()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Service.CreateGroupAsync("X", new[] { "no-such-key" }, CancellationToken.None));
        Assert.Equal(HeyGenErrorCategory.InvalidArgument, ErrorMapper.Map(error, "X").Category);
    }

    [Fact]
    public void A_failed_step_is_an_InvalidResult_error()
    {
        var error = ErrorMapper.Map(new HeyGenPhotoAvatarException(PhotoAvatarStage.Training, "group_1", "not enough faces"), null);
        Assert.Equal(("HeyGen.PhotoAvatarFailed", HeyGenErrorCategory.InvalidResult, "group_1"), (error.ErrorId, error.Category, error.TargetObject));
        Assert.Contains("not enough faces", error.Message, StringComparison.Ordinal);
    }

    private object Wait(string? generationId, string? groupId, RecordingSink sink) =>
        OperationRunner.Run((channel, token) => Service.WaitAsync(generationId, groupId, null, channel, token), sink, CancellationToken.None);
}
