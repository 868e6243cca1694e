using System.Collections.Generic;
using System.Linq;
using HeyGen.Generator.Diagnostics;
using HeyGen.Generator.Emit;
using HeyGen.Generator.Model;
using HeyGen.Generator.OpenApi;
using HeyGen.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HeyGen.Generator;

/// <summary>
/// Generates models and clients from every <c>*.openapi.yaml|yml|json</c> AdditionalFile.
/// Pipeline: document text → equatable API model (parse) → equatable source files (emit) → AddSource.
/// Each stage's output compares by value, so an unchanged document is served from the cache.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiSourceGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => SpecInput.Create(pair.Left, pair.Right, ct))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.SpecInput);

        var models = specs
            .Select(static (input, ct) => ApiModelBuilder.Build(input, ct))
            .WithTrackingName(TrackingNames.Model);

        var features = context.CompilationProvider
            .Select(static (compilation, _) => CompilationFeatures.From(compilation))
            .WithTrackingName(TrackingNames.Features);

        var outputs = models
            .Combine(features)
            .Select(static (pair, ct) => SourceEmitter.Emit(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.Output);

        var allOutputs = outputs.Collect().WithTrackingName(TrackingNames.AllOutputs);
        context.RegisterSourceOutput(allOutputs, static (spc, all) => AddSources(spc, all));

        var polyfills = features.Combine(specs.Collect().Select(static (list, _) => list.Length > 0));
        context.RegisterSourceOutput(polyfills, static (spc, pair) =>
        {
            if (pair.Right && pair.Left.SupportsGeneratedCode && PolyfillEmitter.Emit(pair.Left) is { } source)
            {
                spc.AddSource("HeyGen.Generator.Polyfills.g.cs", SourceText.From(source, System.Text.Encoding.UTF8));
            }
        });
    }

    private static void AddSources(SourceProductionContext context, System.Collections.Immutable.ImmutableArray<GeneratedOutput> outputs)
    {
        var owners = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var output in outputs.OrderBy(o => o.FilePath, System.StringComparer.Ordinal))
        {
            foreach (var diagnostic in output.Diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (output.Files.IsEmpty)
            {
                continue;
            }

            if (owners.TryGetValue(output.Namespace, out var owner))
            {
                // Two documents in one namespace would define every runtime type twice.
                var info = new DiagnosticInfo(DiagnosticDescriptors.DuplicateNamespace.Id, output.FilePath, SourceSpan.None, new[] { owner, output.FilePath, output.Namespace }.ToEquatableArray());
                context.ReportDiagnostic(info.ToDiagnostic());
                continue;
            }

            owners[output.Namespace] = output.FilePath;
            foreach (var file in output.Files)
            {
                context.AddSource(file.HintName, SourceText.From(file.Source, System.Text.Encoding.UTF8));
            }
        }
    }
}
