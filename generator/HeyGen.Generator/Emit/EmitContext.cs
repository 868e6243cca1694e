using System.Collections.Generic;
using HeyGen.Generator.Model;
using HeyGen.Generator.Pipeline;

namespace HeyGen.Generator.Emit;

/// <summary>Naming and type syntax for one document's emitted code. Every reference is fully qualified, so schema names never clash with BCL types.</summary>
internal sealed class EmitContext
{
    public const string Utf8JsonReader = "global::System.Text.Json.Utf8JsonReader";
    public const string Utf8JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
    public const string JsonTokenType = "global::System.Text.Json.JsonTokenType";
    public const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"HeyGen.Generator\", \"" + GeneratorInfo.Version + "\")]";

    private readonly Dictionary<string, NamedType> _types = new(System.StringComparer.Ordinal);

    public EmitContext(ApiModel model, CompilationFeatures features)
    {
        Model = model;
        Features = features;
        foreach (var type in model.Types)
        {
            _types[type.Name] = type;
        }
    }

    public ApiModel Model { get; }

    public CompilationFeatures Features { get; }

    public string Namespace => Model.Options.Namespace;

    public string Prefix => Model.Options.TypePrefix;

    public string Visibility => Model.Options.Visibility;

    /// <summary>The JSON helper class.</summary>
    public string Json => Qualified(Prefix + "Json");

    public string Qualified(string typeName) => "global::" + Namespace + "." + typeName;

    public NamedType? Find(string name) => _types.TryGetValue(name, out var type) ? type : null;

    public string Converter(string typeName) => Qualified(typeName + "JsonConverter");

    /// <summary>The C# type of a model member or result (binary data is base64 bytes in JSON).</summary>
    public string Type(TypeRef type, bool nullable) => nullable ? Base(type) + "?" : Base(type);

    public string Element(TypeRef element) => Type(element, element.Nullable);

    public string Base(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Boolean => "bool",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Float => "float",
        TypeKind.Double => "double",
        TypeKind.Decimal => "decimal",
        TypeKind.DateTimeOffset => "global::System.DateTimeOffset",
        TypeKind.Guid => "global::System.Guid",
        TypeKind.Uri => "global::System.Uri",
        TypeKind.Bytes or TypeKind.Binary => "byte[]",
        TypeKind.Json => "global::System.Text.Json.JsonElement",
        TypeKind.Named => Qualified(type.Name!),
        TypeKind.Array => "global::System.Collections.Generic.IReadOnlyList<" + Element(type.Element!) + ">",
        TypeKind.Map => "global::System.Collections.Generic.IReadOnlyDictionary<string, " + Element(type.Element!) + ">",
        _ => "global::System.Text.Json.JsonElement",
    };

    public static bool IsValueType(TypeRef type) => type.IsValueType;

    /// <summary>An expression of type <c>T?</c> reading the value at <paramref name="r"/> (JSON null gives null).</summary>
    public string ReadNullable(TypeRef type, string r, int depth, string what) => type.Kind switch
    {
        TypeKind.String => Json + ".String(ref " + r + ", " + what + ")",
        TypeKind.Boolean => Json + ".Boolean(ref " + r + ", " + what + ")",
        TypeKind.Int32 => Json + ".Int32(ref " + r + ", " + what + ")",
        TypeKind.Int64 => Json + ".Int64(ref " + r + ", " + what + ")",
        TypeKind.Float => Json + ".Single(ref " + r + ", " + what + ")",
        TypeKind.Double => Json + ".Double(ref " + r + ", " + what + ")",
        TypeKind.Decimal => Json + ".Decimal(ref " + r + ", " + what + ")",
        TypeKind.DateTimeOffset => Json + ".DateTimeOffset(ref " + r + ", " + what + ")",
        TypeKind.Guid => Json + ".Guid(ref " + r + ", " + what + ")",
        TypeKind.Uri => Json + ".Uri(ref " + r + ", " + what + ")",
        TypeKind.Bytes or TypeKind.Binary => Json + ".Bytes(ref " + r + ", " + what + ")",
        TypeKind.Json => "(global::System.Text.Json.JsonElement?)" + Json + ".Element(ref " + r + ")",
        TypeKind.Named => r + ".TokenType == " + JsonTokenType + ".Null ? (" + Base(type) + "?)null : " + Converter(type.Name!) + ".ReadValue(ref " + r + ")",
        TypeKind.Array => Json + ".List<" + Element(type.Element!) + ">(ref " + r + ", static (ref " + Utf8JsonReader + " r" + (depth + 1) + ") => " + ReadElement(type.Element!, "r" + (depth + 1), depth + 1, what) + ", " + what + ")",
        TypeKind.Map => Json + ".Map<" + Element(type.Element!) + ">(ref " + r + ", static (ref " + Utf8JsonReader + " r" + (depth + 1) + ") => " + ReadElement(type.Element!, "r" + (depth + 1), depth + 1, what) + ", " + what + ")",
        _ => "(global::System.Text.Json.JsonElement?)" + Json + ".Element(ref " + r + ")",
    };

    /// <summary>An expression of type <c>T</c>; JSON null is an error naming <paramref name="what"/>.</summary>
    public string ReadRequired(TypeRef type, string r, int depth, string what) => type.Kind switch
    {
        TypeKind.Json => Json + ".Element(ref " + r + ")",
        TypeKind.Named => Converter(type.Name!) + ".ReadValue(ref " + r + ")",
        _ when type.IsValueType => Json + ".RequiredValue(" + ReadNullable(type, r, depth, what) + ", " + what + ")",
        _ => Json + ".Required(" + ReadNullable(type, r, depth, what) + ", " + what + ")",
    };

    public string ReadElement(TypeRef element, string r, int depth, string what) =>
        element.Nullable ? ReadNullable(element, r, depth, what) : ReadRequired(element, r, depth, what);

    /// <summary>One statement writing a non-null value.</summary>
    public string Write(TypeRef type, string value, string writer, int depth) => type.Kind switch
    {
        TypeKind.String or TypeKind.DateTimeOffset or TypeKind.Guid => writer + ".WriteStringValue(" + value + ");",
        TypeKind.Boolean => writer + ".WriteBooleanValue(" + value + ");",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Float or TypeKind.Double or TypeKind.Decimal => writer + ".WriteNumberValue(" + value + ");",
        TypeKind.Uri => writer + ".WriteStringValue(" + value + ".OriginalString);",
        TypeKind.Bytes or TypeKind.Binary => writer + ".WriteBase64StringValue(" + value + ");",
        TypeKind.Json => value + ".WriteTo(" + writer + ");",
        TypeKind.Named => Converter(type.Name!) + ".WriteValue(" + writer + ", " + value + ");",
        TypeKind.Array => Json + ".WriteList<" + Element(type.Element!) + ">(" + writer + ", " + value + ", static (w" + (depth + 1) + ", item" + (depth + 1) + ") => { " + WriteElement(type.Element!, "item" + (depth + 1), "w" + (depth + 1), depth + 1) + " });",
        TypeKind.Map => Json + ".WriteMap<" + Element(type.Element!) + ">(" + writer + ", " + value + ", static (w" + (depth + 1) + ", item" + (depth + 1) + ") => { " + WriteElement(type.Element!, "item" + (depth + 1), "w" + (depth + 1), depth + 1) + " });",
        _ => value + ".WriteTo(" + writer + ");",
    };

    /// <summary>One statement writing a value that may be null.</summary>
    public string WriteMaybeNull(TypeRef type, string value, string writer, int depth)
    {
        // Free-form values are JsonElement? here (JsonElement is a struct), so they unwrap like other value types.
        var nonNull = type.IsValueType ? value + ".Value" : value;
        return "if (" + value + " is null) { " + writer + ".WriteNullValue(); } else { " + Write(type, nonNull, writer, depth) + " }";
    }

    public string WriteElement(TypeRef element, string value, string writer, int depth) =>
        element.Nullable ? WriteMaybeNull(element, value, writer, depth) : Write(element, value, writer, depth);

    /// <summary>Standard file header: generated-code marker, nullable context, and no warnings for deprecated members we must still serialize.</summary>
    public static void Header(CodeWriter w)
    {
        w.Line("// <auto-generated>");
        w.Line("//     Generated by HeyGen.Generator " + GeneratorInfo.Version + " from an OpenAPI document. Do not edit: changes are lost when the document changes.");
        w.Line("// </auto-generated>");
        w.Line("#nullable enable");
        w.Line("#pragma warning disable CS0612, CS0618 // Deprecated members are still serialized.");
        w.Line();
    }
}

internal static class GeneratorInfo
{
    public const string Version = "0.1.0";
}
