using System;
using System.Collections.Generic;

namespace HeyGen.Generator.Naming;

/// <summary>Hands out unique identifiers within one scope; the first claimant keeps a name, later ones get a numeric suffix.</summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _used;

    public NameScope(StringComparer? comparer = null) => _used = new HashSet<string>(comparer ?? StringComparer.Ordinal);

    public bool IsUsed(string name) => _used.Contains(name);

    public void Reserve(string name) => _used.Add(name);

    /// <summary>Returns <paramref name="preferred"/> or the first free "preferred2", "preferred3", ...</summary>
    public string Claim(string preferred)
    {
        if (_used.Add(preferred))
        {
            return preferred;
        }

        for (var i = 2; ; i++)
        {
            var candidate = preferred + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_used.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
