using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace HeyGen.Generator.Naming;

/// <summary>Turns arbitrary JSON names ("2fa", "class", "x-request-id", "avatar_video.success") into valid C# identifiers.</summary>
internal static class CSharpNames
{
    private static readonly HashSet<string> Keywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>PascalCase from any name: words split at non-alphanumerics and case changes; a leading digit gets "_".</summary>
    public static string Pascal(string name)
    {
        var words = Words(name);
        var sb = new StringBuilder();
        string? previous = null;
        foreach (var word in words)
        {
            // Keep digit runs apart ("16:9" -> "16_9") so distinct values stay distinct.
            if (previous is not null && char.IsDigit(previous[previous.Length - 1]) && char.IsDigit(word[0]))
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(word[0]));
            sb.Append(word, 1, word.Length - 1);
            previous = word;
        }

        return Finish(sb.ToString(), "Value");
    }

    /// <summary>camelCase for parameters and locals, escaped with '@' when it is a keyword.</summary>
    public static string Camel(string name)
    {
        var pascal = Pascal(name);
        if (pascal.Length == 0)
        {
            return "value";
        }

        if (pascal[0] == '_')
        {
            return pascal;
        }

        var i = 0;
        while (i < pascal.Length && char.IsUpper(pascal[i]) && (i == 0 || i + 1 >= pascal.Length || char.IsUpper(pascal[i + 1]) || !char.IsLetter(pascal[i + 1])))
        {
            i++;
        }

        var lowered = i <= 1
            ? char.ToLowerInvariant(pascal[0]) + pascal.Substring(1)
            : pascal.Substring(0, i).ToLowerInvariant() + pascal.Substring(i);
        return EscapeKeyword(lowered);
    }

    public static string EscapeKeyword(string identifier) => Keywords.Contains(identifier) ? "@" + identifier : identifier;

    public static bool IsKeyword(string identifier) => Keywords.Contains(identifier);

    /// <summary>True for a dotted namespace of valid identifiers.</summary>
    public static bool IsValidNamespace(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        foreach (var part in value.Split('.'))
        {
            if (part.Length == 0 || !IsIdentifierStart(part[0]) || Keywords.Contains(part))
            {
                return false;
            }

            foreach (var c in part)
            {
                if (!IsIdentifierPart(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public static bool IsValidIdentifier(string value)
    {
        if (string.IsNullOrEmpty(value) || !IsIdentifierStart(value[0]) || Keywords.Contains(value))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!IsIdentifierPart(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Finish(string candidate, string fallback)
    {
        if (candidate.Length == 0)
        {
            return fallback;
        }

        return IsIdentifierStart(candidate[0]) ? candidate : "_" + candidate;
    }

    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!IsIdentifierPart(c) || c == '_')
            {
                Flush();
                continue;
            }

            if (current.Length > 0)
            {
                var prev = current[current.Length - 1];
                var lowerToUpper = char.IsLower(prev) && char.IsUpper(c);
                var acronymEnd = char.IsUpper(prev) && char.IsUpper(c) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (lowerToUpper || acronymEnd)
                {
                    Flush();
                }
            }

            current.Append(c);
        }

        Flush();
        return words;
    }

    private static bool IsIdentifierStart(char c) => c == '_' || char.IsLetter(c);

    private static bool IsIdentifierPart(char c)
    {
        if (c == '_' || char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;
    }
}
