using System.Text;
using System.Text.RegularExpressions;

namespace HeyGen.Automation;

/// <summary>
/// PowerShell wildcard matching (<c>*</c>, <c>?</c>, <c>[abc]</c>, <c>[a-z]</c>, backtick escapes),
/// case-insensitive, without a PowerShell reference. Used to filter avatars and voices by name.
/// </summary>
public sealed class Wildcard
{
    private readonly Regex _regex;

    public Wildcard(string pattern)
    {
        Pattern = pattern ?? throw new ArgumentNullException(nameof(pattern));
        _regex = new Regex("^" + Translate(pattern) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    public string Pattern { get; }

    /// <summary>True when the pattern has an unescaped <c>*</c>, <c>?</c> or <c>[</c>.</summary>
    public static bool ContainsWildcard(string pattern)
    {
        if (pattern is null)
        {
            throw new ArgumentNullException(nameof(pattern));
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '`')
            {
                i++;
            }
            else if (pattern[i] is '*' or '?' or '[')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when any of <paramref name="values"/> matches any of <paramref name="patterns"/>, or when there are no patterns.</summary>
    public static bool MatchesAny(IReadOnlyCollection<Wildcard>? patterns, params string?[] values) =>
        patterns is null || patterns.Count == 0 || patterns.Any(p => values.Any(v => v is not null && p.IsMatch(v)));

    public bool IsMatch(string value) => value is not null && _regex.IsMatch(value);

    public override string ToString() => Pattern;

    private static string Translate(string pattern)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '`' when i + 1 < pattern.Length:
                    regex.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                case '*':
                    regex.Append(".*");
                    break;
                case '?':
                    regex.Append('.');
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        throw new ArgumentException("The wildcard pattern '" + pattern + "' has a '[' without a closing ']'.", nameof(pattern));
                    }

                    var set = pattern.Substring(i + 1, close - i - 1);
                    regex.Append('[').Append(set.Replace("\\", "\\\\").Replace("^", "\\^")).Append(']');
                    i = close;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return regex.ToString();
    }
}
