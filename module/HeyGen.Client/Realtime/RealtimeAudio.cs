using HeyGen.Internal;

namespace HeyGen;

/// <summary>The three ways to hand an audio file to an <c>audio</c> realtime session.</summary>
public static class RealtimeAudio
{
    /// <summary>Audio HeyGen downloads from a public HTTPS URL.</summary>
    public static AssetInput FromUrl(Uri url) => new AssetUrl { Url = Guard.NotNull(url, nameof(url)) };

    /// <summary>Audio uploaded before (POST /v3/assets), by its asset id.</summary>
    public static AssetInput FromAssetId(string assetId) =>
        string.IsNullOrWhiteSpace(assetId) ? throw new ArgumentException("The asset id is empty.", nameof(assetId)) : new AssetId { AssetIdValue = assetId };

    /// <summary>Audio sent inline, already base64-encoded.</summary>
    /// <param name="mediaType">The MIME type, for example <c>audio/mpeg</c>.</param>
    /// <param name="base64">The base64-encoded file.</param>
    public static AssetInput FromBase64(string mediaType, string base64)
    {
        if (string.IsNullOrWhiteSpace(mediaType))
        {
            throw new ArgumentException("The media type is empty; give the MIME type, for example audio/mpeg.", nameof(mediaType));
        }

        return string.IsNullOrEmpty(base64) ? throw new ArgumentException("The base64 data is empty.", nameof(base64)) : new AssetBase64 { MediaType = mediaType, Data = base64 };
    }

    /// <summary>Audio sent inline: the file's bytes, base64-encoded here.</summary>
    public static AssetInput FromBytes(byte[] audio, string mediaType) =>
        FromBase64(mediaType, Convert.ToBase64String(Guard.NotNull(audio, nameof(audio))));
}
