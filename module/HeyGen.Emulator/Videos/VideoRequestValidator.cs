using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.State;
using HeyGen.Emulator.State.Catalog;

namespace HeyGen.Emulator.Videos;

/// <summary>
/// Validates a POST /v3/videos body (or one batch item) the way HeyGen does and turns it into a
/// <see cref="VideoDraft"/>: how long the video will be, whether it fails, which files it will have.
/// </summary>
internal static class VideoRequestValidator
{
    public static VideoDraft Validate(CreateVideoRequest request, EmulatorStore store, VideoSource source, string requestHash, string? prefix = null)
    {
        var checks = new RequestChecks(store, prefix);
        return request switch
        {
            CreateVideoFromAvatar avatar => Avatar(avatar, checks, source, requestHash),
            CreateVideoFromImage image => Image(image, checks, source, requestHash),
            CreateVideoFromCinematicAvatar cinematic => Cinematic(cinematic, checks, source, requestHash),
            CreateVideoFromStudio studio => Studio(studio, checks, source, requestHash),
            _ => throw ApiException.Invalid(checks.Param("type"), "Invalid 'type'. Must be one of: avatar, image, cinematic_avatar, studio."),
        };
    }

    private static VideoDraft Avatar(CreateVideoFromAvatar request, RequestChecks checks, VideoSource source, string hash)
    {
        checks.Avatar(request.AvatarId);
        if (request.Engine is AvatarVEngineConfig && AvatarCatalog.FindLook(request.AvatarId) is { } look && !look.Engines.Contains("avatar_v"))
        {
            throw ApiException.Invalid(checks.Param("engine"), "Avatar look '" + request.AvatarId + "' does not support the avatar_v engine; use avatar_iv or avatar_iii.");
        }

        if (request.Engine is AvatarVEngineConfig { ReferenceLookId: { } reference })
        {
            checks.Avatar(reference, "engine.reference_look_id");
        }

        var script = checks.AudioSource(request.Script, request.VoiceId, request.AudioUrl, request.AudioAssetId, voiceRequired: false);
        Background(request.Background, checks);
        RequestChecks.HttpUrl(request.CallbackUrl, checks.Param("callback_url"));
        return new VideoDraft(
            source, request.Title, request.CallbackId, request.CallbackUrl, Test: false,
            Captions: request.Caption is not null, BurnedInCaptions: false, Webm: request.OutputFormat == OutputFormat.Webm,
            Duration: script is null ? VideoRules.AudioSeconds : VideoRules.SpeechSeconds(script),
            WillFail: VideoRules.HasFailureMarker(script, request.Title), script, hash);
    }

    private static VideoDraft Image(CreateVideoFromImage request, RequestChecks checks, VideoSource source, string hash)
    {
        checks.AssetInput(request.Image, "image", "image");
        var script = checks.AudioSource(request.Script, request.VoiceId, request.AudioUrl, request.AudioAssetId, voiceRequired: true);
        RequestChecks.HttpUrl(request.CallbackUrl, checks.Param("callback_url"));
        return new VideoDraft(
            source, request.Title, request.CallbackId, request.CallbackUrl, Test: false,
            Captions: request.Caption is not null, BurnedInCaptions: false, Webm: request.OutputFormat == OutputFormat.Webm,
            Duration: script is null ? VideoRules.AudioSeconds : VideoRules.SpeechSeconds(script),
            WillFail: VideoRules.HasFailureMarker(script, request.Title), script, hash);
    }

    private static VideoDraft Cinematic(CreateVideoFromCinematicAvatar request, RequestChecks checks, VideoSource source, string hash)
    {
        checks.Script(request.Prompt, "prompt");
        if (request.AvatarId.Count == 0)
        {
            throw ApiException.Invalid(checks.Param("avatar_id"), "'avatar_id' must list at least one avatar look.");
        }

        foreach (var id in request.AvatarId)
        {
            checks.Avatar(id);
        }

        for (var i = 0; i < (request.References?.Count ?? 0); i++)
        {
            checks.AssetInput(request.References![i], "references[" + i.ToString(CultureInfo.InvariantCulture) + "]", null);
        }

        if (request.Duration is < 1 or > 60)
        {
            throw ApiException.Invalid(checks.Param("duration"), "'duration' must be between 1 and 60 seconds.");
        }

        return new VideoDraft(
            source, request.Title, null, null, Test: false, Captions: false, BurnedInCaptions: false, Webm: false,
            Duration: request.Duration ?? 8, WillFail: VideoRules.HasFailureMarker(request.Prompt, request.Title), request.Prompt, hash);
    }

    private static VideoDraft Studio(CreateVideoFromStudio request, RequestChecks checks, VideoSource source, string hash)
    {
        if (request.Scenes.Count == 0)
        {
            throw ApiException.Invalid(checks.Param("scenes"), "'scenes' must contain at least one scene.");
        }

        double duration = 0;
        var scripts = new List<string>();
        for (var i = 0; i < request.Scenes.Count; i++)
        {
            var scene = checks.Nested("scenes[" + i.ToString(CultureInfo.InvariantCulture) + "]");
            switch (request.Scenes[i])
            {
                case AvatarVideoScene { Input: StudioAvatarInput input }:
                    scene.Avatar(input.AvatarId, "input.avatar_id");
                    duration += Speech(input.Script, input.AudioUrl, input.AudioAssetId, scene, scripts);
                    break;
                case AvatarVideoScene { Input: StudioImageInput input }:
                    duration += Speech(input.Script, input.AudioUrl, input.AudioAssetId, scene, scripts);
                    break;
                case ImageScene image:
                    duration += image.Duration ?? Speech(image.Script, image.AudioUrl, image.AudioAssetId, scene, scripts);
                    break;
                default:
                    duration += 5;
                    break;
            }
        }

        RequestChecks.HttpUrl(request.CallbackUrl, checks.Param("callback_url"));
        var script = string.Join(' ', scripts);
        return new VideoDraft(
            source, request.Title, request.CallbackId, request.CallbackUrl, Test: false, Captions: request.Caption is not null, BurnedInCaptions: false, Webm: false,
            Duration: Math.Round(duration, 1), WillFail: VideoRules.HasFailureMarker(script, request.Title), script.Length == 0 ? null : script, hash);
    }

    private static double Speech(string? script, Uri? audioUrl, string? audioAssetId, RequestChecks scene, List<string> scripts)
    {
        if (script is null)
        {
            return audioUrl is null && audioAssetId is null ? 5 : VideoRules.AudioSeconds;
        }

        scene.Script(script, "input.script");
        scripts.Add(script);
        return VideoRules.SpeechSeconds(script);
    }

    private static void Background(VideoBackground? background, RequestChecks checks)
    {
        if (background is null)
        {
            return;
        }

        if (background.Type == VideoBackgroundType.Color)
        {
            RequestChecks.Color(background.Value, checks.Param("background.value"));
        }
        else if (background.AssetId is { } assetId)
        {
            checks.Asset(assetId, "background.asset_id", "image");
        }
        else if (background.Url is null)
        {
            throw ApiException.Invalid(checks.Param("background.url"), "An image background needs 'url' or 'asset_id'.");
        }
        else
        {
            RequestChecks.HttpUrl(background.Url, checks.Param("background.url"));
        }
    }
}
