using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.State;
using HeyGen.Emulator.State.Catalog;

namespace HeyGen.Emulator.Videos;

/// <summary>
/// Field checks shared by the create endpoints (v3 videos, batches, realtime, v2, v1 WebM): ids that must exist in
/// the account, scripts within HeyGen's limit, asset inputs that resolve. Every failure names its parameter,
/// prefixed for batch items (<c>videos[3].script</c>).
/// </summary>
internal sealed class RequestChecks(EmulatorStore store, string? prefix = null)
{
    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    public string Param(string name) => prefix is null ? name : prefix + "." + name;

    /// <summary>Checks for a nested object: its parameters are named <c>{prefix}.{name}.{field}</c>.</summary>
    public RequestChecks Nested(string name) => new(store, Param(name));

    /// <summary>A public avatar look or one of the account's photo avatar looks.</summary>
    public void Avatar(string? avatarId, string name = "avatar_id")
    {
        if (string.IsNullOrWhiteSpace(avatarId))
        {
            throw ApiException.Missing(Param(name));
        }

        if (AvatarCatalog.FindLook(avatarId) is null && store.PhotoAvatars.FindLook(avatarId) is null)
        {
            throw new ApiException(400, "avatar_not_found", "Avatar look '" + avatarId + "' not found. List looks with GET /v3/avatars/looks.", Param(name));
        }
    }

    public void Voice(string? voiceId, string name = "voice_id")
    {
        if (string.IsNullOrWhiteSpace(voiceId))
        {
            throw ApiException.Missing(Param(name));
        }

        if (VoiceCatalog.Find(voiceId) is null)
        {
            throw new ApiException(400, "voice_not_found", "Voice '" + voiceId + "' not found. List voices with GET /v3/voices.", Param(name));
        }
    }

    public void Script(string? script, string name = "script")
    {
        if (string.IsNullOrWhiteSpace(script))
        {
            throw ApiException.Invalid(Param(name), "'" + name + "' must not be empty.");
        }

        if (script.Length > VideoRules.MaxScriptLength)
        {
            throw ApiException.Invalid(Param(name), "'" + name + "' is " + script.Length.ToString(CultureInfo.InvariantCulture) + " characters long; the limit is " + VideoRules.MaxScriptLength.ToString(CultureInfo.InvariantCulture) + ".");
        }
    }

    public void Asset(string? assetId, string name, string? fileType = null)
    {
        if (string.IsNullOrWhiteSpace(assetId))
        {
            throw ApiException.Missing(Param(name));
        }

        var asset = store.Assets.Find(assetId) ?? throw new ApiException(400, "asset_not_found", "Asset '" + assetId + "' not found. Upload it with POST /v3/assets first.", Param(name));
        if (fileType is not null && asset.FileType != fileType)
        {
            throw ApiException.Invalid(Param(name), "Asset '" + assetId + "' is a " + asset.FileType + " file; " + fileType + " is required here.");
        }
    }

    public static void HttpUrl(Uri? url, string param)
    {
        if (url is not null && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            throw ApiException.Invalid(param, "'" + param + "' must be an absolute http(s) URL.");
        }
    }

    /// <summary>An <c>{type: url | asset_id | base64}</c> input; <paramref name="fileType"/> restricts uploaded assets.</summary>
    public void AssetInput(AssetInput? input, string name, string? fileType)
    {
        switch (input)
        {
            case null:
                throw ApiException.Missing(Param(name));
            case AssetUrl url:
                HttpUrl(url.Url, Param(name + ".url"));
                break;
            case AssetId id:
                Asset(id.AssetIdValue, name + ".asset_id", fileType);
                break;
            case AssetBase64 base64:
                if (base64.Data.Length == 0 || !Convert.TryFromBase64String(base64.Data, new byte[base64.Data.Length], out _))
                {
                    throw ApiException.Invalid(Param(name + ".data"), "'" + name + ".data' is not valid base64.");
                }

                break;
        }
    }

    /// <summary>
    /// Exactly one audio source: a script (with a voice, or the avatar's default when <paramref name="voiceRequired"/>
    /// is false), an audio URL or an uploaded audio asset. Returns the script, if any.
    /// </summary>
    public string? AudioSource(string? script, string? voiceId, Uri? audioUrl, string? audioAssetId, bool voiceRequired)
    {
        var sources = (script is not null ? 1 : 0) + (audioUrl is not null ? 1 : 0) + (audioAssetId is not null ? 1 : 0);
        if (sources != 1)
        {
            throw ApiException.Invalid(Param("script"), sources == 0
                ? "Provide one audio source: 'script', 'audio_url' or 'audio_asset_id'."
                : "Provide only one audio source: 'script', 'audio_url' or 'audio_asset_id'.");
        }

        if (script is not null)
        {
            Script(script);
            if (voiceId is not null || voiceRequired)
            {
                Voice(voiceId);
            }
        }

        HttpUrl(audioUrl, Param("audio_url"));
        if (audioAssetId is not null)
        {
            Asset(audioAssetId, "audio_asset_id", "audio");
        }

        return script;
    }

    public static void Color(string? value, string param)
    {
        if (value is null || value.Length is not (4 or 7) || value[0] != '#' || value.AsSpan(1).ContainsAnyExcept(HexDigits))
        {
            throw ApiException.Invalid(param, "'" + param + "' must be a hex colour such as #FFFFFF.");
        }
    }
}
