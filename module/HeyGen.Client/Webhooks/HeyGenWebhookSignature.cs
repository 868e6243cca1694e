using System.Security.Cryptography;
using System.Text;
using HeyGen.Internal;

namespace HeyGen;

/// <summary>
/// HeyGen signs each webhook delivery: the <c>Signature</c> header is the lowercase hex HMAC-SHA256 of the raw
/// request body, keyed with the endpoint's secret. Verify the bytes exactly as received, before parsing them.
/// </summary>
public static class HeyGenWebhookSignature
{
    /// <summary>The header HeyGen sends the signature in.</summary>
    public const string HeaderName = "Signature";

    /// <summary>Computes the signature of a body (what HeyGen, or the emulator, puts in the header).</summary>
    public static string Compute(byte[] body, string secret)
    {
        Guard.NotNull(body, nameof(body));
        if (string.IsNullOrEmpty(secret))
        {
            throw new ArgumentException("The webhook secret is empty.", nameof(secret));
        }

        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var hash = hmac.ComputeHash(body);
        var sb = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            sb.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>True when <paramref name="signature"/> is the body's signature under <paramref name="secret"/>; compares in constant time.</summary>
    public static bool IsValid(byte[] body, string? signature, string secret)
    {
        if (body is null || string.IsNullOrWhiteSpace(signature) || string.IsNullOrEmpty(secret))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(body, secret));
        var actual = Encoding.ASCII.GetBytes(signature!.Trim().ToLowerInvariant());
        return FixedTimeEquals(expected, actual);
    }

    private static bool FixedTimeEquals(byte[] left, byte[] right)
    {
#if NET
        return CryptographicOperations.FixedTimeEquals(left, right);
#else
        if (left.Length != right.Length)
        {
            return false;
        }

        var difference = 0;
        for (var i = 0; i < left.Length; i++)
        {
            difference |= left[i] ^ right[i];
        }

        return difference == 0;
#endif
    }
}
