using HeyGen.Manifests.Model;

namespace HeyGen.Manifests.Planning;

/// <summary>Builds the v3 create-video request for a scene. The same code builds the keyed request (files as content hashes) and the submitted one (files as asset ids).</summary>
public static class RenderRequestBuilder
{
    /// <param name="scene">The scene.</param>
    /// <param name="localFile">How a local file appears in the request: "sha256:…" for the render key, the asset id when submitting.</param>
    /// <param name="title">The title to send.</param>
    /// <param name="callbackId">Echoed in webhooks; ties an event back to its render key.</param>
    /// <param name="callbackUrl">Where HeyGen posts the webhook, if the manifest asks for webhooks.</param>
    public static CreateVideoRequest Build(ResolvedScene scene, Func<MediaSource, string> localFile, string title, string? callbackId = null, Uri? callbackUrl = null)
    {
        var voiceSettings = scene.Speed is null && scene.Pitch is null ? null : new VoiceSettings { Speed = scene.Speed, Pitch = scene.Pitch };
        var background = Background(scene, localFile);
        var caption = scene.Caption ? new CaptionSettings { FileFormat = CaptionSettingsFileFormat.Srt } : null;
        var format = scene.Format == "webm" ? OutputFormat.Webm : OutputFormat.Mp4;
        if (scene.Avatar is { } avatar)
        {
            var request = new CreateVideoFromAvatar { AvatarId = avatar, OutputFormat = format, Title = title };
            SetSpeech(scene, localFile, text => request.Script = text, voice => request.VoiceId = voice, url => request.AudioUrl = url, asset => request.AudioAssetId = asset);
            Optional(voiceSettings, v => request.VoiceSettings = v);
            Optional(background, b => request.Background = b);
            Optional(caption, c => request.Caption = c);
            Optional(scene.Resolution, r => request.Resolution = new VideoResolution(r));
            Optional(scene.AspectRatio, a => request.AspectRatio = new AspectRatio(a));
            Optional(callbackId, id => request.CallbackId = id);
            Optional(callbackUrl, url => request.CallbackUrl = url);
            return request;
        }

        var image = scene.Image!;
        var fromImage = new CreateVideoFromImage
        {
            Image = image.IsUrl ? new AssetUrl { Url = new Uri(image.Value) } : new AssetId { AssetIdValue = localFile(image) },
            OutputFormat = format,
            Title = title,
        };
        SetSpeech(scene, localFile, text => fromImage.Script = text, voice => fromImage.VoiceId = voice, url => fromImage.AudioUrl = url, asset => fromImage.AudioAssetId = asset);
        Optional(voiceSettings, v => fromImage.VoiceSettings = v);
        Optional(background, b => fromImage.Background = b);
        Optional(caption, c => fromImage.Caption = c);
        Optional(scene.Resolution, r => fromImage.Resolution = new VideoResolution(r));
        Optional(scene.AspectRatio, a => fromImage.AspectRatio = new AspectRatio(a));
        Optional(callbackId, id => fromImage.CallbackId = id);
        Optional(callbackUrl, url => fromImage.CallbackUrl = url);
        return fromImage;
    }

    private static void SetSpeech(ResolvedScene scene, Func<MediaSource, string> localFile, Action<string> script, Action<string> voice, Action<Uri> audioUrl, Action<string> audioAsset)
    {
        if (scene.Script is { } text)
        {
            script(text);
            Optional(scene.Voice, voice);
        }
        else if (scene.Audio is { } audio)
        {
            if (audio.IsUrl)
            {
                audioUrl(new Uri(audio.Value));
            }
            else
            {
                audioAsset(localFile(audio));
            }
        }
    }

    private static VideoBackground? Background(ResolvedScene scene, Func<MediaSource, string> localFile)
    {
        if (scene.BackgroundColor is { } color)
        {
            return new VideoBackground { Type = VideoBackgroundType.Color, Value = color };
        }

        if (scene.BackgroundImage is { } image)
        {
            return image.IsUrl
                ? new VideoBackground { Type = VideoBackgroundType.Image, Url = new Uri(image.Value) }
                : new VideoBackground { Type = VideoBackgroundType.Image, AssetId = localFile(image) };
        }

        return null;
    }

    // Only set what the scene sets: unset optional members are not sent, so the request stays exactly what was asked.
    private static void Optional<T>(T? value, Action<T> set)
        where T : class
    {
        if (value is not null)
        {
            set(value);
        }
    }
}
