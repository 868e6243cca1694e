using System.Security.Cryptography;

namespace HeyGen.Emulator.Infrastructure;

/// <summary>One page of a list plus HeyGen's <c>has_more</c> / <c>next_token</c>.</summary>
internal readonly record struct Page<T>(IReadOnlyList<T> Items, bool HasMore, string? NextToken);

/// <summary>
/// Cursor pagination with opaque tokens. A token carries the sort key of the last item returned (a keyset
/// cursor, so items created between calls neither repeat nor vanish) and a hash of the query it belongs to,
/// so a token from another query is rejected instead of silently paging the wrong list.
/// </summary>
internal static class Paging
{
    /// <summary>The page after <paramref name="token"/> (or the first page).</summary>
    /// <param name="ordered">Items in page order, ascending by <paramref name="key"/>.</param>
    /// <param name="key">A unique, stable sort key (a creation sequence).</param>
    /// <param name="limit">Page size.</param>
    /// <param name="token">The previous response's next_token, or null.</param>
    /// <param name="scope">The query (endpoint and filters) the token must belong to.</param>
    public static Page<T> Take<T>(IReadOnlyList<T> ordered, Func<T, long> key, int limit, string? token, string scope)
    {
        var scopeHash = ScopeHash(scope);
        var start = 0;
        if (token is not null)
        {
            var after = Decode(token, scopeHash);
            while (start < ordered.Count && key(ordered[start]) <= after)
            {
                start++;
            }
        }

        var count = Math.Min(limit, ordered.Count - start);
        var items = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(ordered[start + i]);
        }

        var hasMore = start + count < ordered.Count;
        return new Page<T>(items, hasMore, hasMore ? Encode(key(items[^1]), scopeHash) : null);
    }

    /// <summary>Pages a list by position (static catalogs).</summary>
    public static Page<T> TakeByIndex<T>(IReadOnlyList<T> ordered, int limit, string? token, string scope)
    {
        var indexed = new List<(long Index, T Item)>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            indexed.Add((i, ordered[i]));
        }

        var page = Take(indexed, static x => x.Index, limit, token, scope);
        return new Page<T>(page.Items.Select(x => x.Item).ToList(), page.HasMore, page.NextToken);
    }

    private static string Encode(long key, string scopeHash) =>
        Base64Url(Encoding.UTF8.GetBytes("p1:" + scopeHash + ":" + key.ToString(CultureInfo.InvariantCulture)));

    private static long Decode(string token, string scopeHash)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (token.Length % 4)) % 4)));
            var parts = text.Split(':');
            if (parts.Length == 3 && parts[0] == "p1" && parts[1] == scopeHash && long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var key))
            {
                return key;
            }
        }
        catch (FormatException)
        {
        }

        throw ApiException.Invalid("token", "Invalid 'token'. Pass the next_token of a previous response to the same query.");
    }

    private static string ScopeHash(string scope) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scope)))[..12];

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
