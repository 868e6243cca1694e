namespace HeyGen.Generator.Model;

/// <summary>The C# shape of a schema use site.</summary>
internal enum TypeKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Float,
    Double,
    Decimal,
    DateTimeOffset,
    Guid,
    Uri,
    /// <summary>format: byte — base64 in JSON, byte[] in C#.</summary>
    Bytes,
    /// <summary>format: binary — a stream (multipart parts and raw bodies).</summary>
    Binary,
    /// <summary>Free-form or unsupported: <c>System.Text.Json.JsonElement</c>.</summary>
    Json,
    /// <summary>A generated object, enum or union (see <see cref="TypeRef.Name"/>).</summary>
    Named,
    Array,
    Map,
}

/// <summary>A reference to a C# type; nullable when the schema allows JSON null.</summary>
internal sealed record TypeRef(TypeKind Kind, string? Name = null, TypeRef? Element = null, bool Nullable = false, NamedKind NamedKind = NamedKind.None)
{
    public static readonly TypeRef String = new(TypeKind.String);
    public static readonly TypeRef Json = new(TypeKind.Json);

    public TypeRef AsNullable(bool nullable = true) => nullable == Nullable ? this : this with { Nullable = nullable };

    /// <summary>Value types need <c>T?</c> for null; reference types are annotated.</summary>
    public bool IsValueType => Kind switch
    {
        TypeKind.Boolean or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Float or TypeKind.Double or TypeKind.Decimal
            or TypeKind.DateTimeOffset or TypeKind.Guid or TypeKind.Json => true,
        TypeKind.Named => NamedKind == NamedKind.Enum,
        _ => false,
    };
}

internal enum NamedKind
{
    None,
    Object,
    Enum,
    Union,
}
