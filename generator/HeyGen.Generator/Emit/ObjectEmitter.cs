using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HeyGen.Generator.Model;

namespace HeyGen.Generator.Emit;

/// <summary>
/// Emits an object schema as a sealed partial class plus a reflection-free converter.
/// Optional members carry a presence bit, so absent stays absent and an explicit null stays null.
/// </summary>
internal static class ObjectEmitter
{
    public static string Emit(EmitContext ctx, ObjectModel model)
    {
        var w = new CodeWriter();
        EmitContext.Header(w);
        w.Open("namespace " + ctx.Namespace);
        var remarks = model.Union is { } union ? "A variant of " + union.UnionName + " (" + union.DiscriminatorJsonName + " = \"" + union.Value + "\")." : null;
        w.Doc(model.Description ?? model.Name, remarks);
        w.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + ctx.Converter(model.Name) + "))]");
        w.Line(EmitContext.GeneratedCode);
        if (model.Deprecated)
        {
            w.Line("[global::System.Obsolete(\"Deprecated by the API.\")]");
        }

        var baseType = model.Union is { } u ? " : " + ctx.Qualified(u.UnionName) : string.Empty;
        w.Open(ctx.Visibility + " sealed partial class " + model.Name + baseType);

        var props = model.Properties;
        var optional = props.Where(p => p.PresenceBit >= 0).ToList();
        var masks = (optional.Count + 63) / 64;
        for (var i = 0; i < props.Count; i++)
        {
            w.Line("private static readonly global::System.Text.Json.JsonEncodedText __n" + i + " = global::System.Text.Json.JsonEncodedText.Encode(" + CodeWriter.Literal(props[i].JsonName) + ");");
        }

        for (var m = 0; m < masks; m++)
        {
            w.Line("private ulong __presence" + m + ";");
        }

        foreach (var p in optional)
        {
            w.Line("private " + ctx.Type(p.Type, nullable: true) + " __" + FieldName(p) + ";");
        }

        w.Line();
        foreach (var p in props)
        {
            EmitProperty(ctx, w, model, p);
        }

        if (model.AdditionalProperties is { } additional)
        {
            w.Doc("Members not declared by the schema, keyed by JSON name.");
            w.Line("public global::System.Collections.Generic.IDictionary<string, " + ctx.Element(additional) + ">? AdditionalProperties { get; set; }");
            w.Line();
        }

        EmitPresenceApi(w, props);
        EmitRead(ctx, w, model);
        EmitWrite(ctx, w, model);
        w.Close();
        w.Line();
        EmitConverter(ctx, w, model.Name, model.Name + ".__ReadJson(ref reader)", model.Name + ".__WriteJson(writer, value)");
        w.Close();
        return w.ToString();
    }

    private static string FieldName(PropertyModel p) => char.ToLowerInvariant(p.CsName[0]) + p.CsName.Substring(1);

    private static string Mask(PropertyModel p) => "__presence" + (p.PresenceBit / 64);

    private static string Bit(PropertyModel p) => "0x" + (1UL << (p.PresenceBit % 64)).ToString("X", CultureInfo.InvariantCulture) + "UL";

    private static void EmitProperty(EmitContext ctx, CodeWriter w, ObjectModel model, PropertyModel p)
    {
        var remarks = new List<string>();
        if (p.ConstJson is not null)
        {
            remarks.Add("Always " + p.ConstJson + ".");
        }
        else if (p.DefaultJson is not null)
        {
            remarks.Add("Server default when absent: " + p.DefaultJson + ".");
        }

        if (p.PresenceBit >= 0)
        {
            remarks.Add(p.Type.Nullable
                ? "Optional and nullable: unset members are not sent; setting null sends null."
                : "Optional: null means absent (not sent).");
        }

        w.Doc(p.Description ?? p.JsonName, remarks.Count == 0 ? null : string.Join(" ", remarks));
        if (p.Deprecated)
        {
            w.Line("[global::System.Obsolete(\"Deprecated by the API.\")]");
        }

        if (p.ConstJson is not null)
        {
            var isOverride = model.Union is { } u && u.DiscriminatorJsonName == p.JsonName;
            w.Line("public " + (isOverride ? "override " : string.Empty) + ConstType(p.ConstJson) + " " + p.CsName + " => " + ConstExpression(p.ConstJson) + ";");
            w.Line();
            return;
        }

        if (p.PresenceBit < 0)
        {
            var nullable = p.Type.Nullable;
            w.Line("public required " + ctx.Type(p.Type, nullable) + " " + p.CsName + " { get; set; }");
            w.Line();
            return;
        }

        var field = "__" + FieldName(p);
        w.Line("public " + ctx.Type(p.Type, nullable: true) + " " + p.CsName);
        w.Line("{");
        w.Line("    get => " + field + ";");
        if (p.Type.Nullable)
        {
            w.Line("    set { " + field + " = value; " + Mask(p) + " |= " + Bit(p) + "; }");
        }
        else
        {
            w.Line("    set { " + field + " = value; " + Mask(p) + " = value is null ? " + Mask(p) + " & ~" + Bit(p) + " : " + Mask(p) + " | " + Bit(p) + "; }");
        }

        w.Line("}");
        w.Line();
    }

    private static void EmitPresenceApi(CodeWriter w, EquatableArray<PropertyModel> props)
    {
        w.Doc("True when the member with this JSON name is present: required and constant members always are; optional ones once set or read from JSON.");
        w.Open("public bool IsSet(string jsonName)");
        w.Open("switch (jsonName)");
        foreach (var p in props)
        {
            w.Line("case " + CodeWriter.Literal(p.JsonName) + ": return " + (p.PresenceBit < 0 ? "true" : "(" + Mask(p) + " & " + Bit(p) + ") != 0UL") + ";");
        }

        w.Line("default: return false;");
        w.Close();
        w.Close();
        w.Line();
        w.Doc("Makes an optional member absent again, so it is not sent. Required and constant members cannot be unset.");
        w.Open("public void Unset(string jsonName)");
        w.Open("switch (jsonName)");
        foreach (var p in props.Where(p => p.PresenceBit >= 0))
        {
            w.Line("case " + CodeWriter.Literal(p.JsonName) + ": __" + FieldName(p) + " = default; " + Mask(p) + " &= ~" + Bit(p) + "; break;");
        }

        w.Line("default: throw new global::System.ArgumentException(\"'\" + jsonName + \"' is not an optional member.\", nameof(jsonName));");
        w.Close();
        w.Close();
        w.Line();
    }

    private static void EmitRead(EmitContext ctx, CodeWriter w, ObjectModel model)
    {
        var props = model.Properties;
        w.Open("internal static " + model.Name + " __ReadJson(ref " + EmitContext.Utf8JsonReader + " reader)");
        w.Open("if (reader.TokenType != " + EmitContext.JsonTokenType + ".StartObject)");
        w.Line("throw " + ctx.Json + ".Unexpected(ref reader, " + CodeWriter.Literal(model.Name) + ", \"an object\");");
        w.Close();
        w.Line();
        for (var i = 0; i < props.Count; i++)
        {
            var p = props[i];
            if (p.ConstJson is not null)
            {
                continue;
            }

            w.Line(ctx.Type(p.Type, nullable: true) + " v" + i + " = default;");
            if (p.PresenceBit < 0)
            {
                w.Line("var has" + i + " = false;");
            }
        }

        var masks = (props.Count(p => p.PresenceBit >= 0) + 63) / 64;
        for (var m = 0; m < masks; m++)
        {
            w.Line("ulong presence" + m + " = 0UL;");
        }

        if (model.AdditionalProperties is { } additionalType)
        {
            w.Line("global::System.Collections.Generic.Dictionary<string, " + ctx.Element(additionalType) + ">? additional = null;");
        }

        w.Open("while (reader.Read() && reader.TokenType != " + EmitContext.JsonTokenType + ".EndObject)");
        var first = true;
        for (var i = 0; i < props.Count; i++)
        {
            var p = props[i];
            var what = CodeWriter.Literal(model.Name + "." + p.JsonName);
            w.Open((first ? "if" : "else if") + " (reader.ValueTextEquals(" + CodeWriter.Utf8(p.JsonName) + "))");
            first = false;
            w.Line("reader.Read();");
            if (p.ConstJson is not null)
            {
                if (p.ConstJson.StartsWith("\"", System.StringComparison.Ordinal))
                {
                    var constant = UnquoteJson(p.ConstJson);
                    w.Open("if (!" + ctx.Json + ".IsString(ref reader, " + CodeWriter.Utf8(constant) + "))");
                    w.Line("throw " + ctx.Json + ".ConstMismatch(ref reader, " + what + ", " + CodeWriter.Literal(constant) + ");");
                    w.Close();
                }
                else
                {
                    // Numbers and booleans are checked too: a different constant means a different shape of data.
                    w.Open("if (!(" + ConstTest(p.ConstJson, "c" + i) + "))");
                    w.Line("throw " + ctx.Json + ".ConstMismatch(ref reader, " + what + ", " + CodeWriter.Literal(p.ConstJson) + ");");
                    w.Close();
                }
            }
            else
            {
                w.Line("v" + i + " = " + ctx.ReadNullable(p.Type, "reader", 0, what) + ";");
                w.Line(p.PresenceBit < 0 ? "has" + i + " = true;" : "presence" + (p.PresenceBit / 64) + " |= " + Bit(p) + ";");
            }

            w.Close();
        }

        w.Open(first ? "if (true)" : "else");
        if (model.AdditionalProperties is { } additional)
        {
            w.Line("var key = reader.GetString()!;");
            w.Line("reader.Read();");
            w.Line("(additional ??= new global::System.Collections.Generic.Dictionary<string, " + ctx.Element(additional) + ">(global::System.StringComparer.Ordinal))[key] = " + ctx.ReadElement(additional, "reader", 0, CodeWriter.Literal(model.Name + ".*")) + ";");
        }
        else
        {
            w.Line("reader.Read();");
            w.Line("reader.Skip();");
        }

        w.Close();
        w.Close();
        w.Line();
        for (var i = 0; i < props.Count; i++)
        {
            var p = props[i];
            if (p.ConstJson is null && p.PresenceBit < 0)
            {
                w.Open("if (!has" + i + ")");
                w.Line("throw " + ctx.Json + ".Missing(" + CodeWriter.Literal(model.Name) + ", " + CodeWriter.Literal(p.JsonName) + ");");
                w.Close();
            }
        }

        w.Line("var result = new " + model.Name);
        w.Line("{");
        for (var i = 0; i < props.Count; i++)
        {
            var p = props[i];
            if (p.ConstJson is not null || p.PresenceBit >= 0)
            {
                continue;
            }

            var what = CodeWriter.Literal(model.Name + "." + p.JsonName);
            string value;
            if (p.Type.Nullable)
            {
                value = "v" + i;
            }
            else if (p.Type.Kind == TypeKind.Json)
            {
                value = "v" + i + ".GetValueOrDefault()";
            }
            else if (p.Type.IsValueType)
            {
                value = ctx.Json + ".RequiredValue(v" + i + ", " + what + ")";
            }
            else
            {
                value = ctx.Json + ".Required(v" + i + ", " + what + ")";
            }

            w.Line("    " + p.CsName + " = " + value + ",");
        }

        w.Line("};");
        for (var i = 0; i < props.Count; i++)
        {
            var p = props[i];
            if (p.PresenceBit >= 0)
            {
                w.Line("result.__" + FieldName(p) + " = v" + i + ";");
            }
        }

        for (var m = 0; m < masks; m++)
        {
            w.Line("result.__presence" + m + " = presence" + m + ";");
        }

        if (model.AdditionalProperties is not null)
        {
            w.Line("result.AdditionalProperties = additional;");
        }

        w.Line("return result;");
        w.Close();
        w.Line();
    }

    private static void EmitWrite(EmitContext ctx, CodeWriter w, ObjectModel model)
    {
        var props = model.Properties;
        w.Open("internal static void __WriteJson(" + EmitContext.Utf8JsonWriter + " writer, " + model.Name + " value)");
        w.Line("writer.WriteStartObject();");
        for (var i = 0; i < props.Count; i++)
        {
            var p = props[i];
            if (p.ConstJson is not null)
            {
                w.Line("writer.WritePropertyName(__n" + i + ");");
                w.Line(ConstWrite(p.ConstJson));
            }
            else if (p.PresenceBit < 0)
            {
                w.Line("writer.WritePropertyName(__n" + i + ");");
                var nullable = p.Type.Nullable || !p.Type.IsValueType;
                w.Line(nullable ? ctx.WriteMaybeNull(p.Type, "value." + p.CsName, "writer", 0) : ctx.Write(p.Type, "value." + p.CsName, "writer", 0));
            }
            else
            {
                w.Open("if ((value." + Mask(p) + " & " + Bit(p) + ") != 0UL)");
                w.Line("writer.WritePropertyName(__n" + i + ");");
                w.Line(ctx.WriteMaybeNull(p.Type, "value.__" + FieldName(p), "writer", 0));
                w.Close();
            }
        }

        if (model.AdditionalProperties is { } additional)
        {
            w.Open("if (value.AdditionalProperties is { } additional)");
            w.Open("foreach (var pair in additional)");
            w.Line("writer.WritePropertyName(pair.Key);");
            w.Line(ctx.WriteElement(additional, "pair.Value", "writer", 0));
            w.Close();
            w.Close();
        }

        w.Line("writer.WriteEndObject();");
        w.Close();
    }

    /// <summary>The public converter: static fast-path methods plus the System.Text.Json hook.</summary>
    public static void EmitConverter(EmitContext ctx, CodeWriter w, string typeName, string readCall, string writeCall)
    {
        var type = ctx.Qualified(typeName);
        w.Doc("Reads and writes " + typeName + " without reflection.");
        w.Line(EmitContext.GeneratedCode);
        w.Open(ctx.Visibility + " sealed class " + typeName + "JsonConverter : global::System.Text.Json.Serialization.JsonConverter<" + type + ">");
        w.Doc("Reads one value at the reader's current token.");
        w.Line("public static " + type + " ReadValue(ref " + EmitContext.Utf8JsonReader + " reader) => " + readCall + ";");
        w.Line();
        w.Doc("Writes one value.");
        w.Line("public static void WriteValue(" + EmitContext.Utf8JsonWriter + " writer, " + type + " value) => " + writeCall + ";");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override " + type + " Read(ref " + EmitContext.Utf8JsonReader + " reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => ReadValue(ref reader);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override void Write(" + EmitContext.Utf8JsonWriter + " writer, " + type + " value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value);");
        w.Close();
    }

    private static string ConstType(string json) => json switch
    {
        "true" or "false" => "bool",
        _ when json.StartsWith("\"", System.StringComparison.Ordinal) => "string",
        _ when json.Contains('.') || json.Contains('e') || json.Contains('E') => "double",
        _ => "long",
    };

    private static string ConstExpression(string json) => json.StartsWith("\"", System.StringComparison.Ordinal)
        ? CodeWriter.Literal(UnquoteJson(json))
        : json switch
        {
            "true" or "false" => json,
            _ when json.Contains('.') || json.Contains('e') || json.Contains('E') => json + "d",
            _ => json + "L",
        };

    /// <summary>A condition that is true when the reader holds this non-string constant.</summary>
    private static string ConstTest(string json, string local) => json switch
    {
        "true" => "reader.TokenType == " + EmitContext.JsonTokenType + ".True",
        "false" => "reader.TokenType == " + EmitContext.JsonTokenType + ".False",
        _ when ConstType(json) == "double" => "reader.TokenType == " + EmitContext.JsonTokenType + ".Number && reader.TryGetDouble(out var " + local + ") && " + local + " == " + ConstExpression(json),
        _ => "reader.TokenType == " + EmitContext.JsonTokenType + ".Number && reader.TryGetInt64(out var " + local + ") && " + local + " == " + ConstExpression(json),
    };

    private static string ConstWrite(string json) => json.StartsWith("\"", System.StringComparison.Ordinal)
        ? "writer.WriteStringValue(" + CodeWriter.Utf8(UnquoteJson(json)) + ");"
        : json is "true" or "false" ? "writer.WriteBooleanValue(" + json + ");" : "writer.WriteNumberValue(" + ConstExpression(json) + ");";

    /// <summary>Decodes a JSON string literal produced by <see cref="Yaml.YamlNodeExtensions.ToJson"/>.</summary>
    public static string UnquoteJson(string json)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 1; i < json.Length - 1; i++)
        {
            var c = json[i];
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            var next = json[++i];
            switch (next)
            {
                case 'n':
                    sb.Append('\n');
                    break;
                case 'r':
                    sb.Append('\r');
                    break;
                case 't':
                    sb.Append('\t');
                    break;
                case 'u':
                    sb.Append((char)int.Parse(json.Substring(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default:
                    sb.Append(next);
                    break;
            }
        }

        return sb.ToString();
    }
}
