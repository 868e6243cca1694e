using System.Globalization;
using System.Text;

namespace HeyGen.PowerShell.Tests.Support;

/// <summary>
/// Reads a PowerShell data file (.psd1) the way Import-PowerShellDataFile accepts it: hashtables, arrays,
/// single- and double-quoted strings, numbers, $true/$false/$null and comments. Anything else (commands,
/// variables, expressions) is rejected, as PowerShell rejects it in a module manifest.
/// </summary>
internal sealed class Psd1Reader
{
    private readonly string _text;
    private int _at;

    private Psd1Reader(string text) => _text = text;

    public static Dictionary<string, object?> ReadFile(string path)
    {
        var reader = new Psd1Reader(File.ReadAllText(path));
        var value = reader.Value();
        reader.SkipTrivia();
        if (reader._at != reader._text.Length)
        {
            throw reader.Error("text after the top-level hashtable");
        }

        return value as Dictionary<string, object?> ?? throw new FormatException("A .psd1 must hold one hashtable.");
    }

    private object? Value()
    {
        SkipTrivia();
        if (Peek("@{"))
        {
            return Hashtable();
        }

        if (Peek("@("))
        {
            return Array();
        }

        var c = Current;
        if (c == '\'')
        {
            return SingleQuoted();
        }

        if (c == '"')
        {
            return DoubleQuoted();
        }

        if (c == '$')
        {
            var word = Word(1);
            return word.ToLowerInvariant() switch
            {
                "true" => true,
                "false" => false,
                "null" => null,
                _ => throw Error("variable $" + word + " (not allowed in a data file)"),
            };
        }

        if (char.IsDigit(c) || c == '-')
        {
            var start = _at;
            _at++;
            while (_at < _text.Length && (char.IsDigit(_text[_at]) || _text[_at] == '.'))
            {
                _at++;
            }

            return double.Parse(_text.AsSpan(start, _at - start), CultureInfo.InvariantCulture);
        }

        throw Error("unexpected '" + c + "'");
    }

    private Dictionary<string, object?> Hashtable()
    {
        _at += 2;
        var result = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            SkipTrivia(newlinesToo: true, semicolons: true);
            if (Current == '}')
            {
                _at++;
                return result;
            }

            var key = Current is '\'' ? SingleQuoted() : Current is '"' ? DoubleQuoted() : Word(0);
            SkipTrivia();
            Expect('=');
            if (result.ContainsKey(key))
            {
                throw Error("duplicate key " + key);
            }

            result[key] = Value();
        }
    }

    private List<object?> Array()
    {
        _at += 2;
        var items = new List<object?>();
        while (true)
        {
            SkipTrivia(newlinesToo: true);
            if (Current == ')')
            {
                _at++;
                return items;
            }

            items.Add(Value());
            SkipTrivia(newlinesToo: true);
            if (Current == ',')
            {
                _at++;
            }
        }
    }

    private string SingleQuoted()
    {
        var text = new StringBuilder();
        _at++;
        while (true)
        {
            if (_at >= _text.Length)
            {
                throw Error("unterminated string");
            }

            if (_text[_at] == '\'')
            {
                if (_at + 1 < _text.Length && _text[_at + 1] == '\'')
                {
                    text.Append('\'');
                    _at += 2;
                    continue;
                }

                _at++;
                return text.ToString();
            }

            text.Append(_text[_at++]);
        }
    }

    private string DoubleQuoted()
    {
        var end = _text.IndexOf('"', _at + 1);
        if (end < 0)
        {
            throw Error("unterminated string");
        }

        var value = _text.Substring(_at + 1, end - _at - 1);
        if (value.Contains('$', StringComparison.Ordinal))
        {
            throw Error("expandable string with '$' (not allowed in a data file)");
        }

        _at = end + 1;
        return value;
    }

    private string Word(int skip)
    {
        _at += skip;
        var start = _at;
        while (_at < _text.Length && (char.IsLetterOrDigit(_text[_at]) || _text[_at] == '_'))
        {
            _at++;
        }

        return start == _at ? throw Error("expected a name") : _text.Substring(start, _at - start);
    }

    private void SkipTrivia(bool newlinesToo = true, bool semicolons = false)
    {
        while (_at < _text.Length)
        {
            var c = _text[_at];
            if (c == '#')
            {
                while (_at < _text.Length && _text[_at] != '\n')
                {
                    _at++;
                }
            }
            else if (c == '<' && Peek("<#"))
            {
                var end = _text.IndexOf("#>", _at, StringComparison.Ordinal);
                _at = end < 0 ? throw Error("unterminated block comment") : end + 2;
            }
            else if (c is ' ' or '\t' or '\r' || (newlinesToo && c == '\n') || (semicolons && c == ';'))
            {
                _at++;
            }
            else
            {
                return;
            }
        }
    }

    private char Current => _at < _text.Length ? _text[_at] : throw Error("unexpected end of file");

    private bool Peek(string token) => string.CompareOrdinal(_text, _at, token, 0, token.Length) == 0;

    private void Expect(char c)
    {
        if (Current != c)
        {
            throw Error("expected '" + c + "'");
        }

        _at++;
    }

    private FormatException Error(string what) =>
        new("psd1 line " + (_text.Take(Math.Min(_at, _text.Length)).Count(ch => ch == '\n') + 1).ToString(CultureInfo.InvariantCulture) + ": " + what);
}
