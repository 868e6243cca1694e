using System.Security.Cryptography;

namespace HeyGen.Emulator.Infrastructure;

/// <summary>Id formats that look like HeyGen's: 32 hex digits for most resources, UUIDs for realtime streams.</summary>
internal static class Ids
{
    public static string Hex() => Guid.NewGuid().ToString("N");

    public static string Hex(int length) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes((length + 1) / 2))[..length];

    public static string Uuid() => Guid.NewGuid().ToString("D");

    /// <summary>A stable id from content or a name, so the same upload or catalog entry always gets the same id.</summary>
    public static string Stable(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content))[..32];

    public static string Stable(string text) => Stable(Encoding.UTF8.GetBytes(text));
}

/// <summary>HeyGen's timestamps are Unix seconds.</summary>
internal static class UnixTime
{
    public static long Unix(this DateTimeOffset value) => value.ToUnixTimeSeconds();

    /// <summary>Whole seconds from now until <paramref name="until"/>, at least 1 (a Retry-After of 0 invites a hot loop).</summary>
    public static int SecondsUntil(DateTimeOffset now, DateTimeOffset until) =>
        (int)Math.Clamp(Math.Ceiling((until - now).TotalSeconds), 1, int.MaxValue);
}
