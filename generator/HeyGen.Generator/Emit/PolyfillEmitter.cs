using HeyGen.Generator.Pipeline;

namespace HeyGen.Generator.Emit;

/// <summary>Attributes that <c>required</c> members need, for target frameworks older than .NET 7 (netstandard2.0, .NET Framework).</summary>
internal static class PolyfillEmitter
{
    public static string? Emit(CompilationFeatures features)
    {
        if (features.HasRequiredMemberAttribute && features.HasCompilerFeatureRequiredAttribute)
        {
            return null;
        }

        var w = new CodeWriter();
        EmitContext.Header(w);
        w.Open("namespace System.Runtime.CompilerServices");
        if (!features.HasRequiredMemberAttribute)
        {
            w.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Class | global::System.AttributeTargets.Struct | global::System.AttributeTargets.Field | global::System.AttributeTargets.Property, AllowMultiple = false, Inherited = false)]");
            w.Line("internal sealed class RequiredMemberAttribute : global::System.Attribute");
            w.Line("{");
            w.Line("}");
            w.Line();
        }

        if (!features.HasCompilerFeatureRequiredAttribute)
        {
            w.Line("[global::System.AttributeUsage(global::System.AttributeTargets.All, AllowMultiple = true, Inherited = false)]");
            w.Open("internal sealed class CompilerFeatureRequiredAttribute : global::System.Attribute");
            w.Line("public CompilerFeatureRequiredAttribute(string featureName) => FeatureName = featureName;");
            w.Line();
            w.Line("public string FeatureName { get; }");
            w.Line();
            w.Line("public bool IsOptional { get; set; }");
            w.Close();
        }

        w.Close();
        return w.ToString();
    }
}
