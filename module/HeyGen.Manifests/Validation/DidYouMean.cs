namespace HeyGen.Manifests.Validation;

/// <summary>Suggests the closest allowed word for a typo ("backgroud" → "background", "aspect-ratio" → "aspect_ratio").</summary>
public static class DidYouMean
{
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        var normalized = Normalize(value);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(normalized, Normalize(candidate));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Accept small edits only: about one in three characters, at least two.
        return best is not null && bestDistance <= Math.Max(2, normalized.Length / 3) ? best : null;
    }

    private static string Normalize(string value) => value.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');

    /// <summary>Levenshtein distance (two rows).</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
