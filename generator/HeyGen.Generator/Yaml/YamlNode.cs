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
    // Most mappings in an OpenAPI document have a handful of keys: those are searched linearly, and only larger ones
    // (components, paths, properties of big schemas) get a dictionary, instead of one dictionary per mapping.
    private const int IndexThreshold = 8;
    private Dictionary<string, int>? _index;

    public YamlMapping(SourceSpan span)
        : base(span)
    {
    }

    /// <summary>Entries in document order; a repeated key keeps its first position and its last value.</summary>
    public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = new();

    /// <summary>Adds an entry; returns false when the key was already present (the new value wins, as in JSON).</summary>
    public bool Add(YamlScalar key, YamlNode value)
    {
        var existing = IndexOf(key.Value);
        if (existing >= 0)
        {
            Entries[existing] = new KeyValuePair<YamlScalar, YamlNode>(Entries[existing].Key, value);
            return false;
        }

        Entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
        if (_index is not null)
        {
            _index[key.Value] = Entries.Count - 1;
        }
        else if (Entries.Count > IndexThreshold)
        {
            _index = new Dictionary<string, int>(Entries.Count * 2, System.StringComparer.Ordinal);
            for (var i = 0; i < Entries.Count; i++)
            {
                _index[Entries[i].Key.Value] = i;
            }
        }

        return true;
    }

    public YamlNode? this[string key] => IndexOf(key) is var i and >= 0 ? Entries[i].Value : null;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public YamlScalar? KeyNode(string key) => IndexOf(key) is var i and >= 0 ? Entries[i].Key : null;

    private int IndexOf(string key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out var i) ? i : -1;
        }

        for (var i = 0; i < Entries.Count; i++)
        {
            if (string.Equals(Entries[i].Key.Value, key, System.StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
