namespace HeyGen.Automation;

/// <summary>The filters of Get-HeyGenAvatar, Get-HeyGenAvatarGroup and Get-HeyGenVoice, applied on the client side.</summary>
public sealed class CatalogFilter
{
    /// <summary>Wildcard patterns matched against names and ids; empty matches everything.</summary>
    public IReadOnlyList<string> Names { get; init; } = Array.Empty<string>();

    /// <summary>male or female; null matches everything.</summary>
    public string? Gender { get; init; }

    /// <summary>Wildcard patterns matched against a voice's language.</summary>
    public IReadOnlyList<string> Languages { get; init; } = Array.Empty<string>();

    internal IReadOnlyList<Wildcard> NamePatterns() => Names.Where(n => !string.IsNullOrEmpty(n)).Select(n => new Wildcard(n)).ToList();

    internal IReadOnlyList<Wildcard> LanguagePatterns() => Languages.Where(n => !string.IsNullOrEmpty(n)).Select(n => new Wildcard(n)).ToList();

    internal bool GenderMatches(string? gender) => Gender is null || string.Equals(Gender, gender, StringComparison.OrdinalIgnoreCase);
}
