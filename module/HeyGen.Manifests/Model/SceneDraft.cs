namespace HeyGen.Manifests.Model;

/// <summary>A scene as written (or as expanded from one CSV row), before defaults are applied.</summary>
public sealed class SceneDraft
{
    public SceneDraft(int index, SourcePosition position, IReadOnlyDictionary<string, FieldValue> fields)
    {
        Index = index;
        Position = position;
        Fields = fields;
    }

    /// <summary>The index in <c>scenes:</c> (row expansions share it).</summary>
    public int Index { get; }

    public SourcePosition Position { get; }

    public IReadOnlyDictionary<string, FieldValue> Fields { get; }

    public FieldValue? this[string name] => Fields.TryGetValue(name, out var value) ? value : null;

    /// <summary>The field path prefix for messages: <c>scenes[3]</c>, plus the row for expansions.</summary>
    public string Path => "scenes[" + Index + "]";
}
