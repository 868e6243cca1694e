using HeyGen.Realtime.Tests.Infrastructure;

namespace HeyGen.Realtime.Tests.PhotoAvatars;

/// <summary>
/// The photo avatar flow (seed 001) over HTTP: every wait runs on the emulator's manual clock, and the test moves
/// the clock from the progress reports, so generations and training finish exactly when the test says.
/// </summary>
public sealed class PhotoAvatarFlowTests
{
    private static V2GeneratePhotoAvatarPhotosRequest Lina() => new()
    {
        Name = "Lina",
        Age = "Young Adult",
        Gender = "Woman",
        Ethnicity = "Asian American",
        Orientation = "vertical",
        Pose = "half_body",
        Style = "Realistic",
        Appearance = "Smiling woman in a navy blazer, soft studio lighting, plain office background.",
    };

    [Fact]
    public async Task The_whole_flow_generates_photos_builds_and_trains_a_group_and_generates_looks()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var clock = emulator.ManualClock();
        var reports = new List<PhotoAvatarProgress>();
        var progress = new ClockMovingProgress(reports, clock, step: TimeSpan.FromSeconds(5));
        var request = new PhotoAvatarFlowRequest { Photos = Lina(), GroupName = "Lina (launch)", PhotosToUse = 2 };
        request.LookPrompts.Add("White shirt, front-facing");
        request.LookPrompts.Add("Green sweater, outdoors");

        var result = await client.PhotoAvatars.CreatePhotoAvatarAsync(request, new PhotoAvatarWaitOptions { TimeProvider = clock, PollInterval = TimeSpan.FromSeconds(5) }, progress).WithPatience();

        Assert.Equal(V2PhotoAvatarGenerationStatus.Success, result.Photos.Status);
        Assert.Equal(2, result.Looks.Count);
        Assert.All(result.Looks, look => Assert.Equal(result.GroupId, look.GroupId));
        Assert.Equal(V2TrainStatus.Ready, result.Training.Status);
        Assert.Equal(2, result.LookGenerations.Count);
        Assert.All(result.LookGenerations, g => Assert.Equal(V2PhotoAvatarGenerationStatus.Success, g.Status));
        Assert.Equal(
            [PhotoAvatarStage.GeneratingPhotos, PhotoAvatarStage.CreatingGroup, PhotoAvatarStage.AddingLooks, PhotoAvatarStage.Training, PhotoAvatarStage.GeneratingLooks, PhotoAvatarStage.Completed],
            reports.Select(r => r.Stage).Distinct());
        Assert.Contains(reports, r => r.Stage == PhotoAvatarStage.Training && r.Status != "ready");
        Assert.Equal(V2TrainStatus.Ready, (await client.PhotoAvatars.GetPhotoAvatarTrainingStatusAsync(result.GroupId)).Status);
    }

    [Fact]
    public async Task The_steps_chain_one_by_one_as_cmdlets_would_call_them()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var waits = new PhotoAvatarWaitOptions { TimeProvider = new AutoAdvancingClock(emulator.ManualClock()), PollInterval = TimeSpan.FromSeconds(2) };

        var photos = await client.PhotoAvatars.GeneratePhotosAndWaitAsync(Lina(), waits).WithPatience();
        var looks = await client.PhotoAvatars.CreateGroupAsync("Lina", photos.ImageKeyList!);
        var groupId = looks[0].GroupId!;
        var training = await client.PhotoAvatars.TrainAndWaitAsync(groupId, waits).WithPatience();
        var generated = await client.PhotoAvatars.GenerateLooksAndWaitAsync(new V2GeneratePhotoAvatarLooksRequest { GroupId = groupId, Prompt = "Headshot", Orientation = "square", Pose = "headshot", Style = "Realistic" }, waits).WithPatience();

        Assert.Equal(photos.ImageKeyList!.Count, looks.Count);
        Assert.Equal(V2TrainStatus.Ready, training.Status);
        Assert.NotEmpty(generated.ImageKeyList!);
    }

    [Fact]
    public async Task A_failed_generation_ends_the_wait_with_a_photo_avatar_error()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var waits = new PhotoAvatarWaitOptions { TimeProvider = new AutoAdvancingClock(emulator.ManualClock()), PollInterval = TimeSpan.FromSeconds(2) };
        var request = Lina();
        request.Name = "Lina " + HeyGenEmulator.FailureMarker;

        var error = await Assert.ThrowsAsync<HeyGenPhotoAvatarException>(() => client.PhotoAvatars.GeneratePhotosAndWaitAsync(request, waits)).WithPatience();

        Assert.Contains("failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wait_that_exceeds_its_timeout_fails_with_the_last_status()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.PhotoGenerationTime = TimeSpan.FromMinutes(10));
        using var client = emulator.CreateClient();
        var waits = new PhotoAvatarWaitOptions { TimeProvider = new AutoAdvancingClock(emulator.ManualClock()), PollInterval = TimeSpan.FromSeconds(5), Timeout = TimeSpan.FromSeconds(30) };

        var error = await Assert.ThrowsAsync<TimeoutException>(() => client.PhotoAvatars.GeneratePhotosAndWaitAsync(Lina(), waits)).WithPatience();

        Assert.Contains("in_progress", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_needs_at_least_one_image_key()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();

        await Assert.ThrowsAsync<ArgumentException>(() => client.PhotoAvatars.CreateGroupAsync("Empty", []));
    }

    /// <summary>
    /// Records each report and, while a wait is unfinished, moves the manual clock on. The helpers measure the next
    /// poll from before the report, so the moved clock makes the next poll due at once: no race, no real waiting.
    /// </summary>
    private sealed class ClockMovingProgress(List<PhotoAvatarProgress> reports, ManualTimeProvider clock, TimeSpan step) : IProgress<PhotoAvatarProgress>
    {
        public void Report(PhotoAvatarProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }

            if (value.Status is "in_progress" or "pending" or "training")
            {
                clock.Advance(step);
            }
        }
    }
}
