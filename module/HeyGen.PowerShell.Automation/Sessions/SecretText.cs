using System.Net;
using System.Security;

namespace HeyGen.Automation;

/// <summary>Converts between <see cref="SecureString"/> and the plain text the HTTP header needs, in one place.</summary>
public static class SecretText
{
    /// <summary>The plain text, for the client options only (never for messages or logs).</summary>
    public static string Reveal(SecureString secret) => new NetworkCredential(string.Empty, secret).Password;

    /// <summary>A read-only SecureString holding <paramref name="text"/> (the emulator's key arrives as text).</summary>
    public static SecureString Protect(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var secret = new SecureString();
        foreach (var c in text)
        {
            secret.AppendChar(c);
        }

        secret.MakeReadOnly();
        return secret;
    }
}
