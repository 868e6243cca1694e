using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.State;
using HeyGen.Emulator.State.Catalog;

namespace HeyGen.Emulator.Videos;

/// <summary>Validates the legacy create bodies (POST /v2/video/generate, POST /v1/video.webm) into <see cref="VideoDraft"/>s.</summary>
internal static class LegacyVideoValidator
{
    private const int MaxInputs = 50;
    private const int MinSide = 128;
    private const int MaxSide = 4096;

    public static VideoDraft V2(V2GenerateVideoRequest request, EmulatorStore store, string hash)
    {
        if (request.VideoInputs.Count is < 1 or > MaxInputs)
        {
            throw ApiException.Invalid("video_inputs", "'video_inputs' must contain 1 to 50 scenes.");
        }

        Dimension(request.Dimension);
        double duration = 0;
        var scripts = new List<string>();
        for (var i = 0; i < request.VideoInputs.Count; i++)
        {
            var input = request.VideoInputs[i];
            var checks = new RequestChecks(store, "video_inputs[" + i.ToString(CultureInfo.InvariantCulture) + "]");
            switch (input.Character)
            {
                case V2AvatarCharacter avatar:
                    checks.Avatar(avatar.AvatarId, "character.avatar_id");
                    break;
                case V2TalkingPhotoCharacter photo when store.PhotoAvatars.FindLook(photo.TalkingPhotoId) is null:
                    throw new ApiException(400, "talking_photo_not_found", "Talking photo '" + photo.TalkingPhotoId + "' not found.", checks.Param("character.talking_photo_id"));
            }

            switch (input.Voice)
            {
                case V2TextVoice text:
                    checks.Script(text.InputText, "voice.input_text");
                    checks.Voice(text.VoiceId, "voice.voice_id");
                    scripts.Add(text.InputText);
                    duration += VideoRules.SpeechSeconds(text.InputText);
                    break;
                case V2AudioVoice audio:
                    if ((audio.AudioUrl is null) == (audio.AudioAssetId is null))
                    {
                        throw ApiException.Invalid(checks.Param("voice.audio_url"), "An audio voice needs exactly one of 'audio_url' and 'audio_asset_id'.");
                    }

                    RequestChecks.HttpUrl(audio.AudioUrl, checks.Param("voice.audio_url"));
                    if (audio.AudioAssetId is not null)
                    {
                        checks.Asset(audio.AudioAssetId, "voice.audio_asset_id", "audio");
                    }

                    duration += VideoRules.AudioSeconds;
                    break;
            }

            Background(input.Background, checks);
        }

        var script = string.Join(' ', scripts);
        return new VideoDraft(
            VideoSource.V2, request.Title, request.CallbackId, null, Test: request.Test ?? false, Captions: request.Caption ?? false,
            BurnedInCaptions: false, Webm: false, Duration: Math.Round(duration, 1),
            WillFail: VideoRules.HasFailureMarker(script, request.Title), script.Length == 0 ? null : script, hash);
    }

    public static VideoDraft Webm(V1GenerateWebmVideoRequest request, EmulatorStore store, string hash)
    {
        var checks = new RequestChecks(store);
        if (string.IsNullOrWhiteSpace(request.AvatarPoseId))
        {
            throw ApiException.Missing("avatar_pose_id");
        }

        if (AvatarCatalog.FindLook(request.AvatarPoseId) is null)
        {
            throw new ApiException(400, "avatar_not_found", "Avatar pose '" + request.AvatarPoseId + "' not found; WebM videos support HeyGen studio avatars only.", "avatar_pose_id");
        }

        checks.Script(request.InputText, "input_text");
        checks.Voice(request.VoiceId);
        Dimension(request.Dimension);
        return new VideoDraft(
            VideoSource.V1Webm, null, null, null, Test: false, Captions: false, BurnedInCaptions: false, Webm: true,
            Duration: VideoRules.SpeechSeconds(request.InputText), WillFail: VideoRules.HasFailureMarker(request.InputText), request.InputText, hash);
    }

    private static void Dimension(V2Dimension? dimension)
    {
        if (dimension is null)
        {
            return;
        }

        if (dimension.Width is < MinSide or > MaxSide)
        {
            throw ApiException.Invalid("dimension.width", "'dimension.width' must be between 128 and 4096.");
        }

        if (dimension.Height is < MinSide or > MaxSide)
        {
            throw ApiException.Invalid("dimension.height", "'dimension.height' must be between 128 and 4096.");
        }
    }

    private static void Background(V2VideoInputBackground? background, RequestChecks checks)
    {
        switch (background)
        {
            case V2ColorBackground color:
                RequestChecks.Color(color.Value, checks.Param("background.value"));
                break;
            case V2ImageBackground image:
                if (image.ImageAssetId is not null)
                {
                    checks.Asset(image.ImageAssetId, "background.image_asset_id", "image");
                }
                else if (image.Url is null)
                {
                    throw ApiException.Invalid(checks.Param("background.url"), "An image background needs 'url' or 'image_asset_id'.");
                }
                else
                {
                    RequestChecks.HttpUrl(image.Url, checks.Param("background.url"));
                }

                break;
            case V2VideoBackground video:
                if (video.VideoAssetId is not null)
                {
                    checks.Asset(video.VideoAssetId, "background.video_asset_id", "video");
                }
                else if (video.Url is null)
                {
                    throw ApiException.Invalid(checks.Param("background.url"), "A video background needs 'url' or 'video_asset_id'.");
                }
                else
                {
                    RequestChecks.HttpUrl(video.Url, checks.Param("background.url"));
                }

                break;
        }
    }
}
