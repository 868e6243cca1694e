using System.Collections.Concurrent;

namespace HeyGen.Automation;

/// <summary>
/// Remembers completion candidates per kind for a while, so pressing Tab does not list every avatar from HeyGen
/// each time, and filters them by what was typed (prefix of the value, or a wildcard on the list text).
/// </summary>
public sealed class CompletionCache
{
    private readonly ConcurrentDictionary<CompletionKind, Entry> _entries = new();
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _clock;

    public CompletionCache(TimeSpan lifetime, TimeProvider? clock = null)
    {
        _lifetime = lifetime;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>The cached candidates for <paramref name="kind"/>, loading them when missing or stale.</summary>
    public async Task<IReadOnlyList<CompletionCandidate>> GetAsync(CompletionKind kind, Func<CancellationToken, Task<IReadOnlyList<CompletionCandidate>>> load, CancellationToken cancellationToken)
    {
        if (load is null)
        {
            throw new ArgumentNullException(nameof(load));
        }

        var now = _clock.GetUtcNow();
        if (_entries.TryGetValue(kind, out var entry) && now - entry.LoadedAt < _lifetime)
        {
            return entry.Candidates;
        }

        var candidates = await load(cancellationToken).ConfigureAwait(false);
        _entries[kind] = new Entry(candidates, now);
        return candidates;
    }

    /// <summary>Forgets everything (the connection changed).</summary>
    public void Clear() => _entries.Clear();

    /// <summary>Candidates whose value starts with <paramref name="wordToComplete"/> or whose list text matches it as a wildcard prefix.</summary>
    public static IReadOnlyList<CompletionCandidate> Filter(IEnumerable<CompletionCandidate> candidates, string? wordToComplete)
    {
        if (candidates is null)
        {
            throw new ArgumentNullException(nameof(candidates));
        }

        var word = (wordToComplete ?? string.Empty).Trim('\'', '"');
        if (word.Length == 0)
        {
            return candidates.ToList();
        }

        Wildcard? pattern;
        try
        {
            pattern = new Wildcard(word.EndsWith("*", StringComparison.Ordinal) ? word : word + "*");
        }
        catch (ArgumentException)
        {
            // Half-typed brackets are not a pattern yet: complete by prefix only.
            pattern = null;
        }

        return candidates.Where(c => c.Value.StartsWith(word, StringComparison.OrdinalIgnoreCase)
            || (pattern is not null && (pattern.IsMatch(c.Value) || pattern.IsMatch(c.ListItemText)))).ToList();
    }

    private sealed class Entry
    {
        public Entry(IReadOnlyList<CompletionCandidate> candidates, DateTimeOffset loadedAt)
        {
            Candidates = candidates;
            LoadedAt = loadedAt;
        }

        public IReadOnlyList<CompletionCandidate> Candidates { get; }

        public DateTimeOffset LoadedAt { get; }
    }
}
