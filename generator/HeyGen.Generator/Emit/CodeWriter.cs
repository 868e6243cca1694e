using System;
using System.Text;

namespace HeyGen.Generator.Emit;

/// <summary>A minimal indented text builder for emitted C#.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _sb = new();
    private int _indent;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _sb.Append(' ', _indent * 4);
            _sb.Append(text);
        }

        _sb.Append('\n');
        return this;
    }

    public CodeWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    public IDisposable Block(string text)
    {
        Open(text);
        return new Closer(this);
    }

    /// <summary>XML documentation: summary plus optional remarks, escaped and split into lines.</summary>
    public CodeWriter Doc(string? summary, string? remarks = null)
    {
        if (string.IsNullOrWhiteSpace(summary) && string.IsNullOrWhiteSpace(remarks))
        {
            return this;
        }

        if (string.IsNullOrWhiteSpace(summary))
        {
            summary = remarks;
            remarks = null;
        }

        DocElement("summary", summary!);
        if (!string.IsNullOrWhiteSpace(remarks))
        {
            DocElement("remarks", remarks!);
        }

        return this;
    }

    public CodeWriter DocElement(string element, string text, string? attribute = null)
    {
        var lines = Escape(text.Trim()).Replace("\r\n", "\n").Split('\n');
        var open = attribute is null ? "<" + element + ">" : "<" + element + " " + attribute + ">";
        if (lines.Length == 1)
        {
            Line("/// " + open + lines[0] + "</" + element + ">");
            return this;
        }

        Line("/// " + open);
        foreach (var line in lines)
        {
            Line(line.Trim().Length == 0 ? "/// <para/>" : "/// " + line.TrimEnd());
        }

        Line("/// </" + element + ">");
        return this;
    }

    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>A C# string literal (regular, escaped).</summary>
    public static string Literal(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
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
                case '\0':
                    sb.Append("\\0");
                    break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>A UTF-8 literal (<c>"x"u8</c>) for property-name matching.</summary>
    public static string Utf8(string value) => Literal(value) + "u8";

    public override string ToString() => _sb.ToString();

    private sealed class Closer : IDisposable
    {
        private readonly CodeWriter _writer;

        public Closer(CodeWriter writer) => _writer = writer;

        public void Dispose() => _writer.Close();
    }
}
