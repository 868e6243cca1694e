using System.Text;
using Xunit.Sdk;

namespace HeyGen.Generator.Tests.Infrastructure;

/// <summary>
/// A tiny approval helper: compares text with Snapshots/&lt;name&gt;.verified.txt. On a mismatch it writes
/// &lt;name&gt;.received.txt beside it and fails with the first differing line. UPDATE_SNAPSHOTS=1 accepts the new text.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string text)
    {
        var normalized = Normalize(text);
        var verifiedPath = Path.Combine(TestPaths.Snapshots, name + ".verified.txt");
        var receivedPath = Path.Combine(TestPaths.Snapshots, name + ".received.txt");
        Directory.CreateDirectory(TestPaths.Snapshots);

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verifiedPath, normalized, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(receivedPath, normalized, new UTF8Encoding(false));
            throw new XunitException($"No snapshot '{name}' yet. Review {receivedPath} and rename it to {Path.GetFileName(verifiedPath)} (or run with UPDATE_SNAPSHOTS=1).");
        }

        var verified = Normalize(File.ReadAllText(verifiedPath));
        if (verified == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized, new UTF8Encoding(false));
        throw new XunitException($"Snapshot '{name}' differs: {FirstDifference(verified, normalized)}. Compare {verifiedPath} with {receivedPath}; run with UPDATE_SNAPSHOTS=1 to accept.");
    }

    /// <summary>LF line endings, no BOM, one trailing newline: snapshots compare the same on every OS.</summary>
    public static string Normalize(string text)
    {
        var lf = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        return lf.TrimEnd('\n') + "\n";
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "(end of file)";
            var right = i < a.Length ? a[i] : "(end of file)";
            if (left != right)
            {
                return $"line {i + 1}: expected «{left}» but got «{right}»";
            }
        }

        return "only whitespace differs";
    }
}
