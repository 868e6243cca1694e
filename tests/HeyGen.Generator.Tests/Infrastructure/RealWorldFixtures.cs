using System.Text.RegularExpressions;

namespace HeyGen.Generator.Tests.Infrastructure;

/// <summary>
/// Real-world inputs stored in RealWorld/Fixtures. With REFRESH_FIXTURES=1 (and ../shared beside the repository) they
/// are re-derived from the shared seed documents and reference data first, so the stored copies stay honest.
/// </summary>
internal static partial class RealWorldFixtures
{
    private static readonly Lazy<bool> Refreshed = new(Refresh);

    public static string Directory => Path.Combine(TestPaths.ProjectDirectory, "RealWorld", "Fixtures");

    public static string Read(string name)
    {
        _ = Refreshed.Value;
        return File.ReadAllText(Path.Combine(Directory, name));
    }

    private static bool Refresh()
    {
        if (Environment.GetEnvironmentVariable("REFRESH_FIXTURES") != "1")
        {
            return false;
        }

        var seed002 = File.ReadAllText(System.IO.Directory.GetFiles(TestPaths.Seeds, "002*.txt").Single());
        File.WriteAllText(Path.Combine(Directory, "heygen-realtime-3.1.openapi.yaml"), YamlBlock().Match(seed002).Groups["yaml"].Value + "\n");
        var seed003 = File.ReadAllText(System.IO.Directory.GetFiles(TestPaths.Seeds, "003*.txt").Single());
        File.WriteAllText(Path.Combine(Directory, "seed-003-tts-body.json"), CurlBody().Match(seed003).Groups["body"].Value.Trim() + "\n");
        File.WriteAllText(Path.Combine(Directory, HeyGenReference.FixtureName), HeyGenReference.Rebuild());
        return true;
    }

    [GeneratedRegex(@"-d '(?<body>\{.*?\})'", RegexOptions.Singleline)]
    private static partial Regex CurlBody();

    [GeneratedRegex(@"````yaml[^\n]*\n(?<yaml>.*?)\n````", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
