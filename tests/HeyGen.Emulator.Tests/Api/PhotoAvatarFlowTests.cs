using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Api;

/// <summary>The photo avatar flow end to end: photos → group → looks → training → generated looks → a video with the look.</summary>
public sealed class PhotoAvatarFlowTests
{
    [Fact]
    public async Task Photos_become_a_trained_group_whose_looks_can_star_in_videos()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var clock = emulator.ManualClock();

        var generation = await client.PhotoAvatars.GeneratePhotoAvatarPhotosAsync(new V2GeneratePhotoAvatarPhotosRequest
        {
            Name = "Lina",
            Age = V2GeneratePhotoAvatarPhotosRequestAge.Adult,
            Gender = V2GeneratePhotoAvatarPhotosRequestGender.Woman,
            Ethnicity = "Asian American",
            Orientation = V2PhotoAvatarOrientation.Square,
            Pose = V2PhotoAvatarPose.Headshot,
            Style = V2PhotoAvatarStyle.Realistic,
            Appearance = "Smiling woman, studio light.",
        });
        var inProgress = await client.PhotoAvatars.GetPhotoAvatarGenerationAsync(generation.GenerationId);
        clock.Advance(emulator.Options.PhotoGenerationTime);
        var photos = await client.PhotoAvatars.GetPhotoAvatarGenerationAsync(generation.GenerationId);

        var first = await client.PhotoAvatars.CreatePhotoAvatarGroupAsync(new V2CreatePhotoAvatarGroupRequest { Name = "Lina", ImageKey = photos.ImageKeyList![0] });
        var groupId = first.GroupId!;
        await client.PhotoAvatars.AddPhotoAvatarLooksAsync(new V2AddPhotoAvatarLooksRequest { GroupId = groupId, ImageKeys = [photos.ImageKeyList[1]] });
        var untrained = await Assert.ThrowsAsync<HeyGenApiException>(() => client.PhotoAvatars.GeneratePhotoAvatarLooksAsync(LookRequest(groupId)));

        await client.PhotoAvatars.TrainPhotoAvatarGroupAsync(new V2TrainPhotoAvatarGroupRequest { GroupId = groupId });
        var pending = await client.PhotoAvatars.GetPhotoAvatarTrainingStatusAsync(groupId);
        clock.Advance(TimeSpan.FromSeconds(1));
        var training = await client.PhotoAvatars.GetPhotoAvatarTrainingStatusAsync(groupId);
        clock.Advance(emulator.Options.PhotoTrainingTime);
        var ready = await client.PhotoAvatars.GetPhotoAvatarTrainingStatusAsync(groupId);

        var looksGeneration = await client.PhotoAvatars.GeneratePhotoAvatarLooksAsync(LookRequest(groupId));
        clock.Advance(emulator.Options.PhotoGenerationTime);
        Assert.Equal(V2PhotoAvatarGenerationStatus.Success, (await client.PhotoAvatars.GetPhotoAvatarGenerationAsync(looksGeneration.GenerationId)).Status);
        var looks = (await client.Avatars.ListAvatarGroupLooksV2Async(groupId)).AvatarList;
        var v3Looks = (await client.Avatars.ListAvatarLooksAsync(groupId: groupId)).Data;

#pragma warning disable CS0618 // The deprecated v2 endpoint is still served, and must be tested.
        var v2Video = await client.LegacyVideos.GenerateVideoV2Async(new V2GenerateVideoRequest
        {
            VideoInputs = [new V2VideoInput { Character = new V2TalkingPhotoCharacter { TalkingPhotoId = first.Id }, Voice = new V2TextVoice { InputText = "Hi, I am Lina.", VoiceId = TestEmulator.Voice } }],
        });
#pragma warning restore CS0618
        var v3Video = await client.Videos.CreateVideoAsync(new CreateVideoFromAvatar { AvatarId = looks[^1].Id, Script = "Hello again.", VoiceId = TestEmulator.Voice });

        Assert.Equal(V2PhotoAvatarGenerationStatus.InProgress, inProgress.Status);
        Assert.Null(inProgress.ImageKeyList);
        Assert.Equal(4, photos.ImageUrlList!.Count);
        Assert.Equal(V2PhotoAvatarLookBusinessType.Generated, first.BusinessType);
        Assert.Equal("group_not_trained", untrained.ErrorCode);
        Assert.Equal([V2TrainStatus.Pending, V2TrainStatus.Training, V2TrainStatus.Ready], new[] { pending.Status, training.Status, ready.Status });
        Assert.Equal(6, looks.Count);
        Assert.All(v3Looks, l => Assert.Equal(AvatarType.PhotoAvatar, l.AvatarType));
        Assert.False(string.IsNullOrEmpty(v2Video.VideoId));
        Assert.False(string.IsNullOrEmpty(v3Video.VideoId));
        Assert.Contains((await client.Avatars.ListAvatarsV2Async()).TalkingPhotos!, t => t.TalkingPhotoId == first.Id);
    }

    [Fact]
    public async Task An_uploaded_image_key_works_and_an_unknown_one_is_refused()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        using var png = new MemoryStream(Samples.Png);
        var upload = await client.Assets.UploadAssetV1Async(png, "image/png");

        var look = await client.PhotoAvatars.CreatePhotoAvatarGroupAsync(new V2CreatePhotoAvatarGroupRequest { Name = "Me", ImageKey = upload.ImageKey! });
        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.PhotoAvatars.CreatePhotoAvatarGroupAsync(new V2CreatePhotoAvatarGroupRequest { Name = "Nobody", ImageKey = "image/none/original" }));

        Assert.Equal(V2PhotoAvatarLookBusinessType.UserUpload, look.BusinessType);
        Assert.Equal("image_key", error.Parameter);
    }

    private static V2GeneratePhotoAvatarLooksRequest LookRequest(string groupId) => new()
    {
        GroupId = groupId,
        Prompt = "White shirt, front-facing",
        Orientation = V2PhotoAvatarOrientation.Square,
        Pose = V2PhotoAvatarPose.Headshot,
        Style = V2PhotoAvatarStyle.Realistic,
    };
}
