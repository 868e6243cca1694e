using System;
using System.Globalization;
using System.Text;

namespace HeyGen.Generator.Yaml;

internal static class YamlNodeExtensions
{
    public static string? Str(this YamlMapping map, string key) =>
        map[key] is YamlScalar { IsNull: false } s ? s.Value : null;

    public static bool Flag(this YamlMapping map, string key) =>
        map[key] is YamlScalar { Kind: ScalarKind.Boolean } s && s.Value.Equals("true", StringComparison.OrdinalIgnoreCase);

    public static YamlMapping? Map(this YamlMapping map, string key) => map[key] as YamlMapping;

    public static YamlSequence? Seq(this YamlMapping map, string key) => map[key] as YamlSequence;

    /// <summary>Compact JSON text of a node (for const/default values), bounded so aliases cannot blow it up.</summary>
    public static string ToJson(this YamlNode node, int budget = 4096)
    {
        var sb = new StringBuilder();
        Write(node, sb, ref budget, 0);
        return sb.ToString();
    }

    private static void Write(YamlNode node, StringBuilder sb, ref int budget, int depth)
    {
        if (--budget < 0 || depth > 32)
        {
            sb.Append("null");
            return;
        }

        switch (node)
        {
            case YamlScalar s:
                switch (s.Kind)
                {
                    case ScalarKind.Null:
                        sb.Append("null");
                        break;
                    case ScalarKind.Boolean:
                        sb.Append(s.Value.ToLowerInvariant());
                        break;
                    case ScalarKind.Integer:
                    case ScalarKind.Float:
                        sb.Append(NormalizeNumber(s.Value));
                        break;
                    default:
                        AppendString(sb, s.Value);
                        break;
                }

                break;
            case YamlSequence seq:
                sb.Append('[');
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    Write(seq.Items[i], sb, ref budget, depth + 1);
                }

                sb.Append(']');
                break;
            case YamlMapping map:
                sb.Append('{');
                var first = true;
                foreach (var entry in map.Entries)
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }

                    first = false;
                    AppendString(sb, entry.Key.Value);
                    sb.Append(':');
                    Write(entry.Value, sb, ref budget, depth + 1);
                }

                sb.Append('}');
                break;
        }
    }

    private static string NormalizeNumber(string value)
    {
        if (value.StartsWith("0x", System.StringComparison.Ordinal) && long.TryParse(value.Substring(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex))
        {
            return hex.ToString(CultureInfo.InvariantCulture);
        }

        if (value.StartsWith("+", System.StringComparison.Ordinal))
        {
            value = value.Substring(1);
        }

        return value.Contains("inf") || value.Contains("nan") || value.Contains("Inf") || value.Contains("NaN") || value.StartsWith("0o", System.StringComparison.Ordinal) ? "null" : value;
    }

    public static void AppendString(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                default:
                    if (c < 0x20)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
