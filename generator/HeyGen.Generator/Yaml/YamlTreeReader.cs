using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using HeyGen.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HeyGen.Generator.Yaml;

/// <summary>The outcome of reading a document: a tree, or the first syntax error with its position.</summary>
internal sealed class YamlReadResult
{
    public YamlNode? Root { get; init; }

    public string? Error { get; init; }

    public SourceSpan ErrorSpan { get; init; }

    public bool TooComplex { get; init; }

    public List<(string Message, SourceSpan Span)> Warnings { get; } = new();
}

/// <summary>
/// Reads YAML or JSON text into a <see cref="YamlNode"/> tree from YamlDotNet's event stream.
/// Iterative (no recursion, so nesting depth cannot overflow the stack), bounded in size, and
/// scalars keep their YAML 1.2 core-schema kind instead of all becoming strings.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>Upper bound on nodes (aliases count each time they are used), far above any real API document.</summary>
    public const int MaxNodes = 4_000_000;

    /// <summary>Upper bound on nesting; OpenAPI documents rarely pass 40.</summary>
    public const int MaxDepth = 1_000;

    public static YamlReadResult Read(string text, CancellationToken cancellationToken)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Frame>();
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        YamlNode? root = null;
        var result = new YamlReadResult();
        var nodes = 0;
        var documents = 0;

        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                if ((++nodes & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (nodes > MaxNodes)
                {
                    return new YamlReadResult { TooComplex = true, Error = $"the document has more than {MaxNodes:N0} nodes", ErrorSpan = SpanOf(ev.Start, ev.End) };
                }

                switch (ev)
                {
                    case DocumentStart:
                        documents++;
                        if (documents > 1)
                        {
                            result.Warnings.Add(("the file holds more than one YAML document; only the first is read", SpanOf(ev.Start, ev.End)));
                            return Finish(result, root);
                        }

                        break;
                    case Scalar scalar:
                        {
                            var node = new YamlScalar(scalar.Value, Resolve(scalar), SpanOf(scalar.Start, scalar.End));
                            Remember(anchors, scalar.Anchor, node);
                            if (Attach(stack, node, ref root, result) is { } error)
                            {
                                return error;
                            }

                            break;
                        }

                    case AnchorAlias alias:
                        {
                            if (!anchors.TryGetValue(alias.Value.Value, out var target))
                            {
                                return Fail($"the alias '*{alias.Value.Value}' has no anchor", SpanOf(alias.Start, alias.End));
                            }

                            if (Attach(stack, target, ref root, result) is { } error)
                            {
                                return error;
                            }

                            break;
                        }

                    case MappingStart mappingStart:
                        {
                            if (stack.Count >= MaxDepth)
                            {
                                return new YamlReadResult { TooComplex = true, Error = $"the document nests deeper than {MaxDepth} levels", ErrorSpan = SpanOf(ev.Start, ev.End) };
                            }

                            var node = new YamlMapping(SpanOf(mappingStart.Start, mappingStart.End));
                            Remember(anchors, mappingStart.Anchor, node);
                            stack.Push(new Frame(node));
                            break;
                        }

                    case SequenceStart sequenceStart:
                        {
                            if (stack.Count >= MaxDepth)
                            {
                                return new YamlReadResult { TooComplex = true, Error = $"the document nests deeper than {MaxDepth} levels", ErrorSpan = SpanOf(ev.Start, ev.End) };
                            }

                            var node = new YamlSequence(SpanOf(sequenceStart.Start, sequenceStart.End));
                            Remember(anchors, sequenceStart.Anchor, node);
                            stack.Push(new Frame(node));
                            break;
                        }

                    case MappingEnd:
                    case SequenceEnd:
                        {
                            var done = stack.Pop().Node;
                            if (Attach(stack, done, ref root, result) is { } error)
                            {
                                return error;
                            }

                            break;
                        }
                }
            }
        }
        catch (YamlException ex)
        {
            // YamlDotNet blames a bad indentation tab on the enclosing mapping (often line 1): point at the tab itself.
            var tab = ex.Message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0
                ? FindIndentTab(text, LineStart(text, (int)Math.Min(ex.Start.Index, text.Length)))
                : null;
            return Fail(Describe(ex, text, tab is not null), tab ?? SpanOf(ex.Start, ex.End));
        }

        return Finish(result, root);
    }

    private static YamlReadResult Finish(YamlReadResult result, YamlNode? root)
    {
        var finished = new YamlReadResult { Root = root };
        finished.Warnings.AddRange(result.Warnings);
        return finished;
    }

    private static YamlReadResult Fail(string message, SourceSpan span) => new() { Error = message, ErrorSpan = span };

    private static YamlReadResult? Attach(Stack<Frame> stack, YamlNode node, ref YamlNode? root, YamlReadResult result)
    {
        if (stack.Count == 0)
        {
            root ??= node;
            return null;
        }

        var frame = stack.Peek();
        switch (frame.Node)
        {
            case YamlSequence sequence:
                sequence.Items.Add(node);
                return null;
            case YamlMapping mapping when frame.PendingKey is null:
                if (node is not YamlScalar key)
                {
                    return Fail("a mapping key must be a plain value, not a list or a mapping", node.Span);
                }

                frame.PendingKey = key;
                return null;
            case YamlMapping mapping:
                if (!mapping.Add(frame.PendingKey!, node))
                {
                    result.Warnings.Add(($"the key '{frame.PendingKey!.Value}' appears twice in one mapping; the last value is used", frame.PendingKey.Span));
                }

                frame.PendingKey = null;
                return null;
            default:
                return null;
        }
    }

    private static void Remember(Dictionary<string, YamlNode> anchors, AnchorName anchor, YamlNode node)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    private static string Describe(YamlException ex, string text, bool tabFound)
    {
        var message = ex.Message;
        var lineStart = LineStart(text, (int)Math.Min(ex.Start.Index, text.Length));
        if (tabFound || ContainsIndentTab(text, lineStart))
        {
            message += " (tabs cannot indent YAML; indent with spaces)";
        }

        return message;
    }

    private static int LineStart(string text, int index)
    {
        var i = Math.Min(index, text.Length);
        while (i > 0 && text[i - 1] != '\n')
        {
            i--;
        }

        return i;
    }

    /// <summary>The first tab in the indentation of a line at or after <paramref name="from"/> (a line start), or null.</summary>
    private static SourceSpan? FindIndentTab(string text, int from)
    {
        var atLineStart = true;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                atLineStart = true;
            }
            else if (atLineStart && c == '\t')
            {
                var line = 0;
                for (var j = 0; j < i; j++)
                {
                    line += text[j] == '\n' ? 1 : 0;
                }

                var column = i - LineStart(text, i);
                return new SourceSpan(i, i + 1, line, column, line, column + 1);
            }
            else if (c != ' ')
            {
                atLineStart = false;
            }
        }

        return null;
    }

    private static bool ContainsIndentTab(string text, int lineStart)
    {
        for (var i = lineStart; i < text.Length && (text[i] == ' ' || text[i] == '\t'); i++)
        {
            if (text[i] == '\t')
            {
                return true;
            }
        }

        return false;
    }

    private static SourceSpan SpanOf(Mark start, Mark end) => new(
        (int)start.Index,
        (int)Math.Max(start.Index, end.Index),
        (int)Math.Max(0, start.Line - 1),
        (int)Math.Max(0, start.Column - 1),
        (int)Math.Max(0, end.Line - 1),
        (int)Math.Max(0, end.Column - 1));

    /// <summary>YAML 1.2 core schema: only plain scalars are typed; quoted ones are strings.</summary>
    internal static ScalarKind Resolve(Scalar scalar)
    {
        if (scalar.Style != ScalarStyle.Plain)
        {
            return ScalarKind.String;
        }

        if (!scalar.Tag.IsEmpty && scalar.Tag.Value is "tag:yaml.org,2002:str" or "!!str")
        {
            return ScalarKind.String;
        }

        return ResolvePlain(scalar.Value);
    }

    internal static ScalarKind ResolvePlain(string v)
    {
        switch (v)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return ScalarKind.Null;
            case "true" or "True" or "TRUE" or "false" or "False" or "FALSE":
                return ScalarKind.Boolean;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "-.inf" or ".nan" or ".NaN" or ".NAN":
                return ScalarKind.Float;
        }

        return IsInteger(v) ? ScalarKind.Integer : IsFloat(v) ? ScalarKind.Float : ScalarKind.String;
    }

    private static bool IsInteger(string v)
    {
        var i = v[0] is '-' or '+' ? 1 : 0;
        if (i >= v.Length)
        {
            return false;
        }

        if (v.Length > i + 2 && v[i] == '0' && (v[i + 1] == 'x' || v[i + 1] == 'o'))
        {
            var hex = v[i + 1] == 'x';
            for (var j = i + 2; j < v.Length; j++)
            {
                var c = v[j];
                var ok = hex ? Uri.IsHexDigit(c) : c is >= '0' and <= '7';
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        for (; i < v.Length; i++)
        {
            if (v[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFloat(string v)
    {
        var i = v[0] is '-' or '+' ? 1 : 0;
        var digits = 0;
        while (i < v.Length && v[i] is >= '0' and <= '9')
        {
            i++;
            digits++;
        }

        if (i < v.Length && v[i] == '.')
        {
            i++;
            while (i < v.Length && v[i] is >= '0' and <= '9')
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < v.Length && v[i] is 'e' or 'E')
        {
            i++;
            if (i < v.Length && v[i] is '-' or '+')
            {
                i++;
            }

            var exp = 0;
            while (i < v.Length && v[i] is >= '0' and <= '9')
            {
                i++;
                exp++;
            }

            if (exp == 0)
            {
                return false;
            }
        }

        return i == v.Length;
    }

    private sealed class Frame
    {
        public Frame(YamlNode node) => Node = node;

        public YamlNode Node { get; }

        public YamlScalar? PendingKey { get; set; }
    }
}
