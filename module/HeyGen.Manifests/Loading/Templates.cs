using System.Text.RegularExpressions;

namespace HeyGen.Manifests.Loading;

/// <summary><c>{{ column }}</c> substitution in manifest strings.</summary>
public static class Templates
{
    private static readonly Regex Placeholder = new(@"\{\{\s*([^{}]+?)\s*\}\}", RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    public static bool HasPlaceholders(string text) => text.Contains("{{");

    /// <summary>The column names a string refers to, in order of appearance.</summary>
    public static IEnumerable<string> Columns(string text) => Placeholder.Matches(text).Cast<Match>().Select(m => m.Groups[1].Value);

    /// <summary>Replaces every placeholder with the row's value; unknown columns are left as they are (they were reported).</summary>
    public static string Apply(string text, IReadOnlyDictionary<string, string> row) =>
        Placeholder.Replace(text, m => row.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
}
