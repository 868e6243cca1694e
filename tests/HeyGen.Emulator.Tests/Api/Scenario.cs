using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Api;

/// <summary>Prerequisites an operation needs (a finished video, a trained photo avatar group, ...), made through the API itself.</summary>
internal sealed class Scenario(HeyGenEmulator emulator, HeyGenClient client)
{
    public HeyGenEmulator Emulator => emulator;

    public HeyGenClient Client => client;

    public async Task<string> CompletedVideoAsync()
    {
        var created = await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo());
        emulator.FinishRenders();
        return created.VideoId;
    }

    public async Task<string> ImageKeyAsync()
    {
        var generation = await client.PhotoAvatars.GeneratePhotoAvatarPhotosAsync(new V2GeneratePhotoAvatarPhotosRequest
        {
            Name = "Lina",
            Age = V2GeneratePhotoAvatarPhotosRequestAge.YoungAdult,
            Gender = V2GeneratePhotoAvatarPhotosRequestGender.Woman,
            Ethnicity = "Asian American",
            Orientation = V2PhotoAvatarOrientation.Vertical,
            Pose = V2PhotoAvatarPose.HalfBody,
            Style = V2PhotoAvatarStyle.Realistic,
            Appearance = "Smiling woman in a navy blazer.",
        });
        emulator.ManualClock().Advance(emulator.Options.PhotoGenerationTime);
        var done = await client.PhotoAvatars.GetPhotoAvatarGenerationAsync(generation.GenerationId);
        return done.ImageKeyList![0];
    }

    public async Task<string> PhotoGroupAsync(bool trained)
    {
        var look = await client.PhotoAvatars.CreatePhotoAvatarGroupAsync(new V2CreatePhotoAvatarGroupRequest { Name = "Lina", ImageKey = await ImageKeyAsync() });
        if (trained)
        {
            await client.PhotoAvatars.TrainPhotoAvatarGroupAsync(new V2TrainPhotoAvatarGroupRequest { GroupId = look.GroupId! });
            emulator.ManualClock().Advance(emulator.Options.PhotoTrainingTime + TimeSpan.FromSeconds(1));
        }

        return look.GroupId!;
    }

    public async Task<string> StartedStreamingSessionAsync()
    {
        var session = await client.Streaming.CreateStreamingSessionAsync(new V1CreateStreamingSessionRequest { AvatarId = "josh_lite3_20230714", VoiceId = TestEmulator.Voice });
        await client.Streaming.StartStreamingSessionAsync(new V1StreamingSessionIdRequest { SessionId = session.SessionId });
        return session.SessionId;
    }

    public async Task<string> TextStreamAsync()
    {
        var created = await client.AvatarRealtime.CreateAvatarRealtimeSessionAsync(new CreateAvatarRealtimeTextStream
        {
            AvatarId = TestEmulator.DaisyLook,
            VoiceId = TestEmulator.Voice,
            Text = "Let me look that up.",
        });
        return created.StreamId;
    }
}
