using System.Security.Cryptography;

namespace HeyGen.Emulator.Media;

/// <summary>
/// Presigned media URLs, like HeyGen's S3 links: <c>{BaseUrl}/_media/videos/{id}.mp4?expires=&lt;unix&gt;&amp;sig=&lt;hmac&gt;</c>.
/// The signature (HMAC-SHA256 with a per-instance key over path and expiry) makes the expiry tamper-proof, so
/// "refresh the URL through a status call" is the only way past an expired one.
/// </summary>
internal sealed class MediaUrls
{
    private readonly Func<Uri> _baseUrl;
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly TimeSpan _lifetime;

    public MediaUrls(Func<Uri> baseUrl, TimeSpan lifetime)
    {
        _baseUrl = baseUrl;
        _lifetime = lifetime;
    }

    /// <summary>An absolute URL for an unsigned path such as <c>_media/catalog/avatars/x.jpg</c>.</summary>
    public Uri Public(string relativePath) => new(_baseUrl(), relativePath);

    /// <summary>A presigned URL for <c>/_media/videos/{fileName}</c> that expires one lifetime after <paramref name="issuedAt"/>.</summary>
    public Uri Signed(string fileName, DateTimeOffset issuedAt)
    {
        var path = "/_media/videos/" + fileName;
        var expires = (issuedAt + _lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return new Uri(_baseUrl(), path.TrimStart('/') + "?expires=" + expires + "&sig=" + Sign(path, expires));
    }

    /// <summary>Checks a presigned request: null when valid, otherwise the S3 error code and message to answer 403 with.</summary>
    public (string Code, string Message)? Verify(string path, string? expires, string? signature, DateTimeOffset now)
    {
        if (expires is null || signature is null || !long.TryParse(expires, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unix))
        {
            return ("AccessDenied", "Query-string authentication requires the expires and sig parameters");
        }

        var expected = Encoding.ASCII.GetBytes(Sign(path, expires));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)))
        {
            return ("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided");
        }

        return now.ToUnixTimeSeconds() >= unix ? ("AccessDenied", "Request has expired") : null;
    }

    private string Sign(string path, string expires)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(path + "\n" + expires));
        return Convert.ToHexStringLower(mac)[..32];
    }
}
