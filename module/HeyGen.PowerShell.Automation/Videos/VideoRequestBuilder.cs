using System.Globalization;
using System.Text.RegularExpressions;

namespace HeyGen.Automation;

/// <summary>
/// Turns a <see cref="VideoRequestSpec"/> into a v3 create request: an avatar or an image; a script with a voice,
/// or audio; background, resolution, aspect ratio, format, title and callback. Every wrong combination is an
/// <see cref="ArgumentException"/> naming the PowerShell parameter, before anything is sent (or paid).
/// </summary>
public static class VideoRequestBuilder
{
    /// <summary>HeyGen's limit on one video's script.</summary>
    public const int MaxScriptLength = 5000;

    private static readonly char[] NotInAssetIds = { ' ', '/', '\\' };

    private static readonly Regex Colour = new("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$", RegexOptions.CultureInvariant);

    public static CreateVideoRequest Build(VideoRequestSpec spec)
    {
        if (spec is null)
        {
            throw new ArgumentNullException(nameof(spec));
        }

        var avatar = Trimmed(spec.AvatarId);
        var imageUrl = Trimmed(spec.ImageUrl);
        var imageAsset = Trimmed(spec.ImageAssetId);
        var script = Trimmed(spec.Script);
        var voice = Trimmed(spec.VoiceId);
        var audioUrl = Trimmed(spec.AudioUrl);
        var audioAsset = Trimmed(spec.AudioAssetId);

        var subjects = new[] { avatar, imageUrl, imageAsset }.Count(s => s is not null);
        if (subjects != 1)
        {
            throw new ArgumentException(subjects == 0
                ? "Give the video a subject: -AvatarId (Get-HeyGenAvatar lists them), -ImageUrl or -ImageAssetId."
                : "Give exactly one of -AvatarId, -ImageUrl and -ImageAssetId.", subjects == 0 ? "AvatarId" : "ImageUrl");
        }

        if (script is not null && (audioUrl ?? audioAsset) is not null)
        {
            throw new ArgumentException("Give either -Script (spoken by -VoiceId) or audio (-AudioUrl or -AudioAssetId), not both.", "Script");
        }

        if (audioUrl is not null && audioAsset is not null)
        {
            throw new ArgumentException("Give either -AudioUrl or -AudioAssetId, not both.", "AudioUrl");
        }

        if (script is null && audioUrl is null && audioAsset is null)
        {
            throw new ArgumentException("Give the video something to say: -Script with -VoiceId, or -AudioUrl or -AudioAssetId.", "Script");
        }

        if (script is not null && voice is null)
        {
            throw new ArgumentException("A script needs a voice: add -VoiceId (Get-HeyGenVoice lists them; an avatar piped from Get-HeyGenAvatar brings its default voice).", "VoiceId");
        }

        if (script is not null && script.Length > MaxScriptLength)
        {
            throw new ArgumentException("The script has " + script.Length.ToString(CultureInfo.InvariantCulture) + " characters; HeyGen accepts at most " + MaxScriptLength.ToString(CultureInfo.InvariantCulture) + ". Split it into several videos.", "Script");
        }

        var background = ParseBackground(Trimmed(spec.Background));
        var resolution = Choice(spec.Resolution, VideoResolution.KnownValues.Select(v => v.Value), "Resolution");
        var ratio = Choice(spec.AspectRatio, AspectRatio.KnownValues.Select(v => v.Value), "AspectRatio");
        var format = Choice(spec.Format, OutputFormat.KnownValues.Select(v => v.Value), "Format");
        var audio = audioUrl is null ? null : AbsoluteUrl(audioUrl, "AudioUrl");
        var callback = Trimmed(spec.CallbackUrl) is { } callbackUrl ? AbsoluteUrl(callbackUrl, "CallbackUrl") : null;

        // The generated models track presence: a property set to null is sent as null. Only set what was given.
        CreateVideoRequest result;
        if (avatar is not null)
        {
            var request = new CreateVideoFromAvatar { AvatarId = avatar };
            SetIf(script, v => request.Script = v);
            SetIf(script is null ? null : voice, v => request.VoiceId = v);
            SetIf(audio, v => request.AudioUrl = v);
            SetIf(audioAsset, v => request.AudioAssetId = v);
            SetIf(background, v => request.Background = v);
            SetIf(resolution, v => request.Resolution = new VideoResolution(v));
            SetIf(ratio, v => request.AspectRatio = new AspectRatio(v));
            SetIf(format, v => request.OutputFormat = new OutputFormat(v));
            SetIf(Trimmed(spec.Title), v => request.Title = v);
            SetIf(Trimmed(spec.CallbackId), v => request.CallbackId = v);
            SetIf(callback, v => request.CallbackUrl = v);
            result = request;
        }
        else
        {
            AssetInput image = imageUrl is not null ? new AssetUrl { Url = AbsoluteUrl(imageUrl, "ImageUrl") } : new AssetId { AssetIdValue = imageAsset! };
            var request = new CreateVideoFromImage { Image = image };
            SetIf(script, v => request.Script = v);
            SetIf(script is null ? null : voice, v => request.VoiceId = v);
            SetIf(audio, v => request.AudioUrl = v);
            SetIf(audioAsset, v => request.AudioAssetId = v);
            SetIf(background, v => request.Background = v);
            SetIf(resolution, v => request.Resolution = new VideoResolution(v));
            SetIf(ratio, v => request.AspectRatio = new AspectRatio(v));
            SetIf(format, v => request.OutputFormat = new OutputFormat(v));
            SetIf(Trimmed(spec.Title), v => request.Title = v);
            SetIf(Trimmed(spec.CallbackId), v => request.CallbackId = v);
            SetIf(callback, v => request.CallbackUrl = v);
            result = request;
        }

        return result;
    }

    /// <summary><c>#RRGGBB</c> is a colour, an http(s) URL an image, anything else an uploaded image's asset id.</summary>
    public static VideoBackground? ParseBackground(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.StartsWith("#", StringComparison.Ordinal))
        {
            if (!Colour.IsMatch(value))
            {
                throw new ArgumentException("'" + value + "' is not a colour; use #RRGGBB (for example #FFFFFF).", "Background");
            }

            return new VideoBackground { Type = VideoBackgroundType.Color, Value = value.ToUpperInvariant() };
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return new VideoBackground { Type = VideoBackgroundType.Image, Url = url };
        }

        if (value.IndexOfAny(NotInAssetIds) >= 0)
        {
            throw new ArgumentException("'" + value + "' is neither a colour (#RRGGBB), an http(s) image URL nor an asset id. Upload local images with Send-HeyGenAsset and pass its AssetId.", "Background");
        }

        return new VideoBackground { Type = VideoBackgroundType.Image, AssetId = value };
    }

    private static string? Choice(string? value, IEnumerable<string> allowed, string parameter)
    {
        var trimmed = Trimmed(value);
        if (trimmed is null)
        {
            return null;
        }

        var list = allowed.ToList();
        return list.FirstOrDefault(a => string.Equals(a, trimmed, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException("'" + trimmed + "' is not a valid " + parameter + "; use one of " + string.Join(", ", list) + ".", parameter);
    }

    private static Uri AbsoluteUrl(string value, string parameter) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw new ArgumentException("'" + value + "' is not an absolute http(s) URL.", parameter);

    private static void SetIf<T>(T? value, Action<T> set)
        where T : class
    {
        if (value is not null)
        {
            set(value);
        }
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
