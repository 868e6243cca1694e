using System.Collections.Generic;
using HeyGen.Generator.Model;

namespace HeyGen.Generator.Yaml;

/// <summary>How a scalar was written, resolved with the YAML 1.2 core schema (so JSON and YAML agree).</summary>
internal enum ScalarKind
{
    String,
    Null,
    Boolean,
    Integer,
    Float,
}

/// <summary>A node of the document tree, with its position in the source file.</summary>
internal abstract class YamlNode
{
    protected YamlNode(SourceSpan span) => Span = span;

    public SourceSpan Span { get; }
}

internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, ScalarKind kind, SourceSpan span)
        : base(span)
    {
        Value = value;
        Kind = kind;
    }

    public string Value { get; }

    public ScalarKind Kind { get; }

    public bool IsNull => Kind == ScalarKind.Null;
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(SourceSpan span)
        : base(span)
    {
    }

    public List<YamlNode> Items { get; } = new();
}

internal sealed class YamlMapping : YamlNode
{
    private readonly Dictionary<string, int> _index = new(System.StringComparer.Ordinal);

    public YamlMapping(SourceSpan span)
        : base(span)
    {
    }

    /// <summary>Entries in document order; a repeated key keeps its first position and its last value.</summary>
    public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = new();

    /// <summary>Adds an entry; returns false when the key was already present (the new value wins, as in JSON).</summary>
    public bool Add(YamlScalar key, YamlNode value)
    {
        if (_index.TryGetValue(key.Value, out var existing))
        {
            Entries[existing] = new KeyValuePair<YamlScalar, YamlNode>(Entries[existing].Key, value);
            return false;
        }

        _index[key.Value] = Entries.Count;
        Entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
        return true;
    }

    public YamlNode? this[string key] => _index.TryGetValue(key, out var i) ? Entries[i].Value : null;

    public bool ContainsKey(string key) => _index.ContainsKey(key);

    public YamlScalar? KeyNode(string key) => _index.TryGetValue(key, out var i) ? Entries[i].Key : null;
}
