using System.Text.RegularExpressions;

namespace HeyGen.Automation;

/// <summary>
/// Reads the one line the standalone emulator prints when it is ready:
/// <c>HeyGen emulator listening on http://127.0.0.1:PORT (API key: KEY)</c>.
/// </summary>
public static class EmulatorBanner
{
    private static readonly Regex Line = new(@"HeyGen emulator listening on (?<url>https?://\S+?)/? \(API key: (?<key>[^)\s]+)\)", RegexOptions.CultureInvariant);

    public static bool TryParse(string? line, out Uri? baseUrl, out string? apiKey)
    {
        baseUrl = null;
        apiKey = null;
        if (line is null)
        {
            return false;
        }

        var match = Line.Match(line);
        if (!match.Success || !Uri.TryCreate(match.Groups["url"].Value, UriKind.Absolute, out var url))
        {
            return false;
        }

        baseUrl = url;
        apiKey = match.Groups["key"].Value;
        return true;
    }
}
