namespace HeyGen.Manifests.Model;

/// <summary>A scalar or nested value from the manifest, with its position (so every later error can point at it).</summary>
public sealed class FieldValue
{
    public FieldValue(object value, SourcePosition position)
    {
        Value = value;
        Position = position;
    }

    /// <summary>A string, bool, long, double, or an <see cref="IReadOnlyDictionary{TKey, TValue}"/> of nested fields.</summary>
    public object Value { get; }

    public SourcePosition Position { get; }

    public string? AsString => Value as string;

    public IReadOnlyDictionary<string, FieldValue>? AsMap => Value as IReadOnlyDictionary<string, FieldValue>;

    public FieldValue With(object value) => new(value, Position);

    /// <summary>An explicit null (<c>~</c>): in a scene it drops the value the field would inherit from defaults.</summary>
    public bool IsNull => ReferenceEquals(Value, NullMarker);

    internal static readonly object NullMarker = new();

    public static FieldValue Null(SourcePosition position) => new(NullMarker, position);
}
