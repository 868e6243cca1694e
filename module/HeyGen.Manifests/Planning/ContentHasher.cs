using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace HeyGen.Manifests.Planning;

/// <summary>SHA-256 of local files, cached by path, size and modification time (CSV rows often share files).</summary>
public sealed class ContentHasher
{
    private readonly ConcurrentDictionary<string, (long Length, DateTime Modified, string Hash)> _cache = new(StringComparer.Ordinal);

    public string Hash(string path)
    {
        var info = new FileInfo(path);
        if (_cache.TryGetValue(path, out var cached) && cached.Length == info.Length && cached.Modified == info.LastWriteTimeUtc)
        {
            return cached.Hash;
        }

        var hash = HashFile(path);
        _cache[path] = (info.Length, info.LastWriteTimeUtc, hash);
        return hash;
    }

    public static string HashFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920);
        using var sha = SHA256.Create();
        return Hex(sha.ComputeHash(stream));
    }

    public static string HashBytes(byte[] bytes)
    {
        using var sha = SHA256.Create();
        return Hex(sha.ComputeHash(bytes));
    }

    public static string Hex(byte[] bytes)
    {
        var chars = new char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i * 2] = "0123456789abcdef"[bytes[i] >> 4];
            chars[(i * 2) + 1] = "0123456789abcdef"[bytes[i] & 0xF];
        }

        return new string(chars);
    }
}
