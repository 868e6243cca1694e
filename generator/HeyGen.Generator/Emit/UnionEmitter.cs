using System.Linq;
using HeyGen.Generator.Model;
using HeyGen.Generator.Naming;

namespace HeyGen.Generator.Emit;

/// <summary>
/// Emits a discriminated union as an abstract base class (its variants are the sealed classes that derive from it),
/// with Match/Switch helpers and a converter that finds the discriminator wherever it sits in the object.
/// </summary>
internal static class UnionEmitter
{
    public static string Emit(EmitContext ctx, UnionModel model)
    {
        var w = new CodeWriter();
        EmitContext.Header(w);
        w.Open("namespace " + ctx.Namespace);
        var allowed = string.Join(", ", model.Variants.Select(v => v.Value));
        w.Doc(model.Description ?? model.Name, "One of: " + string.Join(", ", model.Variants.Select(v => v.TypeName + " (" + model.DiscriminatorJsonName + " = \"" + v.Value + "\")")) + ".");
        w.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + ctx.Converter(model.Name) + "))]");
        w.Line(EmitContext.GeneratedCode);
        if (model.Deprecated)
        {
            w.Line("[global::System.Obsolete(\"Deprecated by the API.\")]");
        }

        w.Open(ctx.Visibility + " abstract partial class " + model.Name);
        w.Doc("Only the generated variants derive from this type.");
        w.Line("private protected " + model.Name + "()");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Doc("The discriminator (\"" + model.DiscriminatorJsonName + "\"): " + allowed + ".");
        w.Line("public abstract string " + model.DiscriminatorCsName + " { get; }");
        w.Line();

        var parameters = new NameScope();
        var names = model.Variants.Select(v => parameters.Claim(CSharpNames.Camel(v.CaseName))).ToList();
        w.Doc("Calls the function for this value's variant and returns its result.");
        w.Line("public TResult Match<TResult>(" + string.Join(", ", model.Variants.Select((v, i) => "global::System.Func<" + ctx.Qualified(v.TypeName) + ", TResult> " + names[i])) + ")");
        w.Line("{");
        w.Line("    switch (this)");
        w.Line("    {");
        for (var i = 0; i < model.Variants.Count; i++)
        {
            w.Line("        case " + ctx.Qualified(model.Variants[i].TypeName) + " v" + i + ": return (" + names[i] + " ?? throw new global::System.ArgumentNullException(nameof(" + names[i] + ")))(v" + i + ");");
        }

        w.Line("        default: throw new global::System.InvalidOperationException(\"Unknown variant \" + GetType().Name + \".\");");
        w.Line("    }");
        w.Line("}");
        w.Line();
        w.Doc("Calls the action for this value's variant.");
        w.Line("public void Switch(" + string.Join(", ", model.Variants.Select((v, i) => "global::System.Action<" + ctx.Qualified(v.TypeName) + "> " + names[i])) + ")");
        w.Line("{");
        w.Line("    switch (this)");
        w.Line("    {");
        for (var i = 0; i < model.Variants.Count; i++)
        {
            w.Line("        case " + ctx.Qualified(model.Variants[i].TypeName) + " v" + i + ": (" + names[i] + " ?? throw new global::System.ArgumentNullException(nameof(" + names[i] + ")))(v" + i + "); return;");
        }

        w.Line("        default: throw new global::System.InvalidOperationException(\"Unknown variant \" + GetType().Name + \".\");");
        w.Line("    }");
        w.Line("}");
        w.Line();

        w.Open("internal static " + model.Name + " __ReadUnionJson(ref " + EmitContext.Utf8JsonReader + " reader)");
        w.Open("if (reader.TokenType != " + EmitContext.JsonTokenType + ".StartObject)");
        w.Line("throw " + ctx.Json + ".Unexpected(ref reader, " + CodeWriter.Literal(model.Name) + ", \"an object\");");
        w.Close();
        w.Line();
        w.Line("// The discriminator may come after other members: look ahead on a copy of the reader.");
        w.Line("var probe = reader;");
        w.Open("if (!" + ctx.Json + ".SeekProperty(ref probe, " + CodeWriter.Utf8(model.DiscriminatorJsonName) + "))");
        w.Line("throw " + ctx.Json + ".UnknownDiscriminator(" + CodeWriter.Literal(model.Name) + ", " + CodeWriter.Literal(model.DiscriminatorJsonName) + ", null, " + CodeWriter.Literal(allowed) + ");");
        w.Close();
        w.Line();
        foreach (var variant in model.Variants)
        {
            w.Open("if (" + ctx.Json + ".IsString(ref probe, " + CodeWriter.Utf8(variant.Value) + "))");
            w.Line("return " + ctx.Qualified(variant.TypeName) + ".__ReadJson(ref reader);");
            w.Close();
        }

        w.Line();
        w.Line("throw " + ctx.Json + ".UnknownDiscriminator(" + CodeWriter.Literal(model.Name) + ", " + CodeWriter.Literal(model.DiscriminatorJsonName) + ", " + ctx.Json + ".TokenText(ref probe), " + CodeWriter.Literal(allowed) + ");");
        w.Close();
        w.Line();
        w.Open("internal static void __WriteUnionJson(" + EmitContext.Utf8JsonWriter + " writer, " + model.Name + " value)");
        w.Open("switch (value)");
        for (var i = 0; i < model.Variants.Count; i++)
        {
            w.Line("case " + ctx.Qualified(model.Variants[i].TypeName) + " v" + i + ": " + ctx.Qualified(model.Variants[i].TypeName) + ".__WriteJson(writer, v" + i + "); return;");
        }

        w.Line("default: throw new global::System.Text.Json.JsonException(\"Cannot write \" + value.GetType().Name + \" as " + model.Name + ".\");");
        w.Close();
        w.Close();
        w.Close();
        w.Line();
        ObjectEmitter.EmitConverter(ctx, w, model.Name, model.Name + ".__ReadUnionJson(ref reader)", model.Name + ".__WriteUnionJson(writer, value)");
        w.Close();
        return w.ToString();
    }
}
