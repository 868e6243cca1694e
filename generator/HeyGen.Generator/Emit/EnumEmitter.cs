using System.Linq;
using HeyGen.Generator.Model;

namespace HeyGen.Generator.Emit;

/// <summary>
/// Emits a string enum as an extensible struct: the known values as static members, and any other value the
/// server sends kept intact (so new server values never break deserialization, and round-trip exactly).
/// </summary>
internal static class EnumEmitter
{
    public static string Emit(EmitContext ctx, EnumModel model)
    {
        var w = new CodeWriter();
        EmitContext.Header(w);
        w.Open("namespace " + ctx.Namespace);
        w.Doc(model.Description ?? model.Name, "Known values: " + string.Join(", ", model.Members.Select(m => m.Value)) + ". Other values from the server are kept as they are (see IsKnown).");
        w.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + ctx.Converter(model.Name) + "))]");
        w.Line(EmitContext.GeneratedCode);
        w.Open(ctx.Visibility + " readonly partial struct " + model.Name + " : global::System.IEquatable<" + model.Name + ">");
        w.Line("private readonly string? _value;");
        w.Line();
        w.Doc("Wraps any value, known or not.");
        w.Open("public " + model.Name + "(string value)");
        w.Line("_value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
        w.Close();
        w.Line();
        foreach (var member in model.Members)
        {
            w.Doc(member.Description ?? "The value " + member.Value + ".");
            w.Line("public static " + model.Name + " " + member.CsName + " { get; } = new " + model.Name + "(" + CodeWriter.Literal(member.Value) + ");");
            w.Line();
        }

        w.Doc("Every value the API documents.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + model.Name + "> KnownValues { get; } = new global::System.Collections.ObjectModel.ReadOnlyCollection<" + model.Name + ">(new[] { " + string.Join(", ", model.Members.Select(m => m.CsName)) + " });");
        w.Line();
        w.Doc("The value as sent on the wire.");
        w.Line("public string Value => _value ?? string.Empty;");
        w.Line();
        w.Doc("True when the value is one the API documents.");
        w.Line("public bool IsKnown => Value switch { " + string.Join(" or ", model.Members.Select(m => CodeWriter.Literal(m.Value))) + " => true, _ => false };");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public bool Equals(" + model.Name + " other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override bool Equals(object? obj) => obj is " + model.Name + " other && Equals(other);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override string ToString() => Value;");
        w.Line();
        w.Doc("Compares by value.");
        w.Line("public static bool operator ==(" + model.Name + " left, " + model.Name + " right) => left.Equals(right);");
        w.Line();
        w.Doc("Compares by value.");
        w.Line("public static bool operator !=(" + model.Name + " left, " + model.Name + " right) => !left.Equals(right);");
        w.Line();
        w.Doc("Lets a plain string stand for a value (\"" + model.Members[0].Value + "\").");
        w.Line("public static implicit operator " + model.Name + "(string value) => new " + model.Name + "(value);");
        w.Line();
        w.Open("internal static " + model.Name + " __ReadJson(ref " + EmitContext.Utf8JsonReader + " reader)");
        w.Open("if (reader.TokenType != " + EmitContext.JsonTokenType + ".String)");
        w.Line("throw " + ctx.Json + ".Unexpected(ref reader, " + CodeWriter.Literal(model.Name) + ", \"a string\");");
        w.Close();
        w.Line();
        w.Line("// Known values reuse their cached instance: no string is allocated.");
        foreach (var member in model.Members)
        {
            w.Open("if (reader.ValueTextEquals(" + CodeWriter.Utf8(member.Value) + "))");
            w.Line("return " + member.CsName + ";");
            w.Close();
        }

        w.Line();
        w.Line("return new " + model.Name + "(reader.GetString()!);");
        w.Close();
        w.Close();
        w.Line();
        ObjectEmitter.EmitConverter(ctx, w, model.Name, model.Name + ".__ReadJson(ref reader)", "writer.WriteStringValue(value.Value)");
        w.Close();
        return w.ToString();
    }
}
