using System.Text.RegularExpressions;

namespace HeyGen.Generator.Tests.Infrastructure;

/// <summary>Material taken from the shared seed documents at test time (never copied into the repository).</summary>
internal static partial class Seeds
{
    public static string Text(string prefix)
    {
        var file = Directory.GetFiles(TestPaths.Seeds, prefix + "*.txt").Single();
        return File.ReadAllText(file);
    }

    /// <summary>The JSON bodies of the curl examples (<c>-d '{...}'</c>) in a seed, in document order.</summary>
    public static IReadOnlyList<string> CurlBodies(string prefix) =>
        CurlBody().Matches(Text(prefix)).Select(m => m.Groups["body"].Value).ToList();

    /// <summary>The OpenAPI document embedded in seed 002 as a ````yaml block.</summary>
    public static string EmbeddedOpenApi(string prefix)
    {
        var match = YamlBlock().Match(Text(prefix));
        if (!match.Success)
        {
            throw new InvalidOperationException("No ````yaml block in seed " + prefix);
        }

        return match.Groups["yaml"].Value;
    }

    [GeneratedRegex(@"-d '(?<body>\{.*?\})'", RegexOptions.Singleline)]
    private static partial Regex CurlBody();

    [GeneratedRegex(@"````yaml[^\n]*\n(?<yaml>.*?)\n````", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
