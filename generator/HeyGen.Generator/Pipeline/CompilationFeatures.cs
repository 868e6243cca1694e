using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HeyGen.Generator.Pipeline;

/// <summary>What the consuming compilation offers; the emitted code adapts (polyfills, optional logging, async streams).</summary>
internal sealed record CompilationFeatures(
    int LanguageVersion,
    bool HasSystemTextJson,
    bool HasRequiredMemberAttribute,
    bool HasCompilerFeatureRequiredAttribute,
    bool HasAsyncEnumerable,
    bool HasLogger,
    bool HasTimeProvider)
{
    public bool SupportsGeneratedCode => LanguageVersion >= (int)Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11;

    public static CompilationFeatures From(Compilation compilation)
    {
        bool Has(string metadataName)
        {
            var type = compilation.GetTypeByMetadataName(metadataName);
            return type is not null && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
        }

        var languageVersion = compilation is CSharpCompilation csharp ? (int)csharp.LanguageVersion.MapSpecifiedToEffectiveVersion() : 0;
        var hasTimeProvider = Has("System.TimeProvider")
            && (Has("System.Threading.Tasks.TimeProviderTaskExtensions")
                || compilation.GetTypeByMetadataName("System.Threading.Tasks.Task")?.GetMembers("Delay").OfType<IMethodSymbol>()
                    .Any(m => m.Parameters.Any(p => p.Type.Name == "TimeProvider")) == true);
        return new CompilationFeatures(
            languageVersion,
            Has("System.Text.Json.Utf8JsonReader"),
            Has("System.Runtime.CompilerServices.RequiredMemberAttribute"),
            Has("System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute"),
            Has("System.Collections.Generic.IAsyncEnumerable`1") && Has("System.Runtime.CompilerServices.EnumeratorCancellationAttribute"),
            Has("Microsoft.Extensions.Logging.ILogger") && Has("Microsoft.Extensions.Logging.LoggerExtensions"),
            hasTimeProvider);
    }
}
