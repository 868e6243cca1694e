using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Api;

/// <summary>One call per spec operation, through the generated client, asserting the response it gets.</summary>
internal static class OperationCalls
{
    public static IReadOnlyDictionary<string, Func<Scenario, Task>> All { get; } = new Dictionary<string, Func<Scenario, Task>>(StringComparer.Ordinal)
    {
        // v3 videos
        ["createVideo"] = async s =>
        {
            var created = await s.Client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo());
            Assert.Equal(32, created.VideoId.Length);
            Assert.Equal(OutputFormat.Mp4, created.OutputFormat);
        },
        ["listVideos"] = async s =>
        {
            var id = await s.CompletedVideoAsync();
            var page = await s.Client.Videos.ListVideosAsync(limit: 5);
            Assert.Equal(id, Assert.Single(page.Data).Id);
            Assert.False(page.HasMore);
        },
        ["getVideo"] = async s =>
        {
            var video = await s.Client.Videos.GetVideoAsync(await s.CompletedVideoAsync());
            Assert.Equal(VideoStatus.Completed, video.Status);
            Assert.NotNull(video.VideoUrl);
        },
        ["deleteVideo"] = async s =>
        {
            var deleted = await s.Client.Videos.DeleteVideoAsync(await s.CompletedVideoAsync());
            Assert.True(deleted.Deleted);
        },
        ["createVideoBatch"] = async s =>
        {
            var batch = await s.Client.Videos.CreateVideoBatchAsync(new CreateVideoBatchRequest { Videos = [TestEmulator.AvatarVideo()] });
            Assert.Equal(1, batch.TotalItems);
            Assert.StartsWith("b_", batch.BatchId, StringComparison.Ordinal);
        },
        ["getVideoBatch"] = async s =>
        {
            var created = await s.Client.Videos.CreateVideoBatchAsync(new CreateVideoBatchRequest { Videos = [TestEmulator.AvatarVideo(), TestEmulator.AvatarVideo("Second.")] });
            var batch = await s.Client.Videos.GetVideoBatchAsync(created.BatchId);
            Assert.Equal(2, batch.Items.Count);
            Assert.Equal(VideoBatchStatus.Processing, batch.Status);
        },
        ["getVideoStatuses"] = async s =>
        {
            var id = await s.CompletedVideoAsync();
            var statuses = await s.Client.Videos.GetVideoStatusesAsync(videoIds: [id]);
            Assert.Equal(VideoStatusItemStatus.Completed, Assert.Single(statuses.Data).Status);
        },

        // legacy videos
        ["generateVideoV2"] = async s =>
        {
#pragma warning disable CS0618 // The deprecated v2 endpoint is still served, and must be tested.
            var created = await s.Client.LegacyVideos.GenerateVideoV2Async(LegacyRequests.V2Video());
#pragma warning restore CS0618
            Assert.False(string.IsNullOrEmpty(created.VideoId));
        },
        ["getVideoStatusV1"] = async s =>
        {
            var status = await s.Client.LegacyVideos.GetVideoStatusV1Async(await s.CompletedVideoAsync());
            Assert.Equal(V1VideoStatusStatus.Completed, status.Status);
            Assert.NotNull(status.ThumbnailUrl);
        },
        ["generateWebmVideoV1"] = async s =>
        {
            var created = await s.Client.LegacyVideos.GenerateWebmVideoV1Async(LegacyRequests.Webm());
            s.Emulator.FinishRenders();
            var status = await s.Client.LegacyVideos.GetVideoStatusV1Async(created.VideoId);
            Assert.EndsWith(".webm", status.VideoUrl!.AbsolutePath, StringComparison.Ordinal);
        },

        // avatars
        ["listAvatarsV2"] = async s => Assert.Contains((await s.Client.Avatars.ListAvatarsV2Async()).Avatars, a => a.AvatarId == TestEmulator.DaisyLook),
        ["listAvatarGroupsV2"] = async s => Assert.NotEmpty((await s.Client.Avatars.ListAvatarGroupsV2Async()).AvatarGroupList),
        ["listAvatarGroupLooksV2"] = async s =>
        {
            var group = (await s.Client.Avatars.ListAvatarGroupsV2Async()).AvatarGroupList.First(g => g.Name == "Daisy");
            Assert.Contains((await s.Client.Avatars.ListAvatarGroupLooksV2Async(group.Id)).AvatarList, l => l.Id == TestEmulator.DaisyLook);
        },
        ["listAvatarGroups"] = async s => Assert.Contains((await s.Client.Avatars.ListAvatarGroupsAsync(ownership: ListAvatarGroupsOwnership.Public)).Data, g => g.Name == "Angela"),
        ["getAvatarGroup"] = async s =>
        {
            var look = await s.Client.Avatars.GetAvatarLookAsync(TestEmulator.DaisyLook);
            Assert.Equal("Daisy", (await s.Client.Avatars.GetAvatarGroupAsync(look.GroupId!)).Name);
        },
        ["listAvatarLooks"] = async s => Assert.All((await s.Client.Avatars.ListAvatarLooksAsync(avatarType: AvatarType.StudioAvatar)).Data, l => Assert.Equal(AvatarType.StudioAvatar, l.AvatarType)),
        ["getAvatarLook"] = async s => Assert.Contains(AvatarLookSupportedApiEnginesItem.AvatarV, (await s.Client.Avatars.GetAvatarLookAsync(TestEmulator.DaisyLook)).SupportedApiEngines!),

        // photo avatars
        ["generatePhotoAvatarPhotos"] = async s => Assert.False(string.IsNullOrEmpty(await s.ImageKeyAsync())),
        ["getPhotoAvatarGeneration"] = async s => Assert.StartsWith("image/", await s.ImageKeyAsync(), StringComparison.Ordinal),
        ["createPhotoAvatarGroup"] = async s => Assert.False(string.IsNullOrEmpty(await s.PhotoGroupAsync(trained: false))),
        ["addPhotoAvatarLooks"] = async s =>
        {
            var group = await s.PhotoGroupAsync(trained: false);
            var added = await s.Client.PhotoAvatars.AddPhotoAvatarLooksAsync(new V2AddPhotoAvatarLooksRequest { GroupId = group, ImageKeys = [await s.ImageKeyAsync()] });
            Assert.Equal(group, Assert.Single(added.PhotoAvatarList).GroupId);
        },
        ["trainPhotoAvatarGroup"] = async s =>
        {
            var group = await s.PhotoGroupAsync(trained: false);
            Assert.Equal(100, (await s.Client.PhotoAvatars.TrainPhotoAvatarGroupAsync(new V2TrainPhotoAvatarGroupRequest { GroupId = group })).Code);
        },
        ["getPhotoAvatarTrainingStatus"] = async s =>
            Assert.Equal(V2TrainStatus.Ready, (await s.Client.PhotoAvatars.GetPhotoAvatarTrainingStatusAsync(await s.PhotoGroupAsync(trained: true))).Status),
        ["generatePhotoAvatarLooks"] = async s =>
        {
            var group = await s.PhotoGroupAsync(trained: true);
            var generation = await s.Client.PhotoAvatars.GeneratePhotoAvatarLooksAsync(new V2GeneratePhotoAvatarLooksRequest
            {
                GroupId = group,
                Prompt = "White shirt, front-facing",
                Orientation = V2PhotoAvatarOrientation.Square,
                Pose = V2PhotoAvatarPose.Headshot,
                Style = V2PhotoAvatarStyle.Realistic,
            });
            Assert.False(string.IsNullOrEmpty(generation.GenerationId));
        },

        // voices
        ["listVoicesV2"] = async s => Assert.Contains((await s.Client.Voices.ListVoicesV2Async()).Voices, v => v.VoiceId == TestEmulator.Voice),
        ["listVoices"] = async s => Assert.All((await s.Client.Voices.ListVoicesAsync(language: "French")).Data, v => Assert.Equal("French", v.Language)),

        // assets
        ["uploadAssetV1"] = async s =>
        {
            using var png = new MemoryStream(Samples.Png);
            var asset = await s.Client.Assets.UploadAssetV1Async(png, "image/png");
            Assert.Equal(V1AssetFileType.Image, asset.FileType);
            Assert.Equal("image/" + asset.Id + "/original", asset.ImageKey);
        },
        ["uploadAsset"] = async s =>
        {
            using var png = new MemoryStream(Samples.Png);
            var asset = await s.Client.Assets.UploadAssetAsync(new HeyGenFileContent(png, "pixel.png", "image/png"));
            Assert.Equal(Samples.Png.Length, asset.SizeBytes);
        },
        ["getAsset"] = async s =>
        {
            using var png = new MemoryStream(Samples.Png);
            var uploaded = await s.Client.Assets.UploadAssetAsync(new HeyGenFileContent(png, "pixel.png", "image/png"));
            var asset = await s.Client.Assets.GetAssetAsync(uploaded.AssetId);
            Assert.Equal("pixel.png", asset.Name);
            Assert.Equal("image", asset.Type);
        },

        // webhooks
        ["addWebhookEndpointV1"] = async s =>
        {
            var endpoint = await s.Client.Webhooks.AddWebhookEndpointV1Async(new V1AddWebhookEndpointRequest { Url = new Uri("https://example.org/hook"), Events = ["avatar_video.success"] });
            Assert.StartsWith("whsec_", endpoint.Secret, StringComparison.Ordinal);
        },
        ["listWebhookEndpoints"] = async s =>
        {
            await s.Client.Webhooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest { Url = new Uri("https://example.org/hook") });
            Assert.Null(Assert.Single((await s.Client.Webhooks.ListWebhookEndpointsAsync()).Data).Secret);
        },
        ["createWebhookEndpoint"] = async s =>
        {
            var endpoint = await s.Client.Webhooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest { Url = new Uri("https://example.org/hook"), Events = [WebhookEventType.AvatarVideoFail] });
            Assert.Equal(WebhookEndpointStatus.Enabled, endpoint.Status);
            Assert.NotNull(endpoint.Secret);
        },
        ["deleteWebhookEndpoint"] = async s =>
        {
            var endpoint = await s.Client.Webhooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest { Url = new Uri("https://example.org/hook") });
            var data = await s.Client.Webhooks.DeleteWebhookEndpointAsync(endpoint.EndpointId);
            Assert.Equal(System.Text.Json.JsonValueKind.Object, data.ValueKind);
            Assert.Empty((await s.Client.Webhooks.ListWebhookEndpointsAsync()).Data);
        },
        ["listWebhookEventTypes"] = async s => Assert.Contains((await s.Client.Webhooks.ListWebhookEventTypesAsync()).Data, t => t.EventType == "avatar_video.success"),

        // users
        ["getCurrentUser"] = async s =>
        {
            var user = await s.Client.Users.GetCurrentUserAsync();
            Assert.Equal(CurrentUserBillingType.Wallet, user.BillingType);
            Assert.NotNull(user.Wallet);
        },

        // v1 streaming
        ["createStreamingToken"] = async s => Assert.Equal(3, (await s.Client.Streaming.CreateStreamingTokenAsync()).Token.Split('.').Length),
        ["createStreamingSession"] = async s =>
        {
            var session = await s.Client.Streaming.CreateStreamingSessionAsync(new V1CreateStreamingSessionRequest { AvatarId = "josh_lite3_20230714", VoiceId = TestEmulator.Voice });
            Assert.NotEmpty(session.IceServers!);
        },
        ["startStreamingSession"] = async s =>
        {
            var id = await s.StartedStreamingSessionAsync();
            Assert.Equal("connected", Assert.Single(s.Emulator.StreamingSessions, x => x.SessionId == id).Status);
        },
        ["sendStreamingTask"] = async s =>
        {
            var id = await s.StartedStreamingSessionAsync();
            var task = await s.Client.Streaming.SendStreamingTaskAsync(new V1StreamingTaskRequest { SessionId = id, Text = "Hello there", TaskType = V1StreamingTaskRequestTaskType.Repeat });
            Assert.True(task.DurationMs > 0);
        },
        ["interruptStreamingSession"] = async s =>
        {
            var id = await s.StartedStreamingSessionAsync();
            await s.Client.Streaming.InterruptStreamingSessionAsync(new V1StreamingSessionIdRequest { SessionId = id });
            Assert.Equal(1, s.Emulator.StreamingSessions.Single().Interruptions);
        },
        ["stopStreamingSession"] = async s =>
        {
            var id = await s.StartedStreamingSessionAsync();
            await s.Client.Streaming.StopStreamingSessionAsync(new V1StreamingSessionIdRequest { SessionId = id });
            Assert.Equal("closed", s.Emulator.StreamingSessions.Single().Status);
        },
        ["closeStreamingSession"] = async s =>
        {
            var id = await s.StartedStreamingSessionAsync();
            await s.Client.Streaming.CloseStreamingSessionAsync(new V1StreamingSessionIdRequest { SessionId = id });
            Assert.Empty((await s.Client.Streaming.ListStreamingSessionsAsync()).Sessions);
        },
        ["listStreamingSessions"] = async s =>
        {
            var id = await s.StartedStreamingSessionAsync();
            Assert.Equal(id, Assert.Single((await s.Client.Streaming.ListStreamingSessionsAsync()).Sessions).SessionId);
        },

        // v3 realtime
        ["createAvatarRealtimeSession"] = async s => Assert.True(Guid.TryParse(await s.TextStreamAsync(), out _)),
        ["getAvatarRealtimeSession"] = async s =>
        {
            var id = await s.TextStreamAsync();
            Assert.Equal(AvatarRealtimeSessionStatus.Starting, (await s.Client.AvatarRealtime.GetAvatarRealtimeSessionAsync(id)).Status);
        },
        ["pushAvatarRealtimeText"] = async s =>
        {
            var id = await s.TextStreamAsync();
            Assert.Equal(id, (await s.Client.AvatarRealtime.PushAvatarRealtimeTextAsync(id, new PushAvatarRealtimeTextRequest { Text = "More." })).StreamId);
        },
    };
}
