using System;
using System.Collections.Generic;
using System.Threading;
using HeyGen.Generator.Diagnostics;
using HeyGen.Generator.Model;
using HeyGen.Generator.Pipeline;

namespace HeyGen.Generator.Emit;

internal sealed record GeneratedFile(string HintName, string Source);

/// <summary>The emit stage's equatable output for one document.</summary>
internal sealed record GeneratedOutput(string FilePath, string Namespace, EquatableArray<GeneratedFile> Files, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Emit stage: model in, source files out. Never throws, except on cancellation.</summary>
internal static class SourceEmitter
{
    public static GeneratedOutput Emit(ApiModel model, CompilationFeatures features, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>(model.Diagnostics);
        var files = new List<GeneratedFile>();
        var ns = model.Options.Namespace;
        if (!model.IsUsable)
        {
            return new GeneratedOutput(model.FilePath, ns, EquatableArray<GeneratedFile>.Empty, diagnostics.ToEquatableArray());
        }

        if (!features.SupportsGeneratedCode)
        {
            diagnostics.Add(Problem(model, DiagnosticDescriptors.LanguageVersionTooOld, (features.LanguageVersion / 100.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)));
            return new GeneratedOutput(model.FilePath, ns, EquatableArray<GeneratedFile>.Empty, diagnostics.ToEquatableArray());
        }

        if (!features.HasSystemTextJson)
        {
            diagnostics.Add(Problem(model, DiagnosticDescriptors.MissingSystemTextJson, System.IO.Path.GetFileName(model.FilePath)));
            return new GeneratedOutput(model.FilePath, ns, EquatableArray<GeneratedFile>.Empty, diagnostics.ToEquatableArray());
        }

        try
        {
            var ctx = new EmitContext(model, features);
            foreach (var (name, source) in RuntimeEmitter.Emit(ctx))
            {
                files.Add(new GeneratedFile(ns + "." + name + ".g.cs", source));
            }

            foreach (var type in model.Types)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var source = type switch
                {
                    ObjectModel o => ObjectEmitter.Emit(ctx, o),
                    EnumModel e => EnumEmitter.Emit(ctx, e),
                    UnionModel u => UnionEmitter.Emit(ctx, u),
                    _ => null,
                };
                if (source is not null)
                {
                    files.Add(new GeneratedFile(ns + "." + type.Name + ".g.cs", source));
                }
            }

            foreach (var tag in model.Tags)
            {
                files.Add(new GeneratedFile(ns + "." + tag.ClassName + ".g.cs", ClientEmitter.EmitTag(ctx, tag)));
            }

            files.Add(new GeneratedFile(ns + "." + model.Options.ClientName + ".g.cs", ClientEmitter.EmitRoot(ctx)));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            diagnostics.Add(Problem(model, DiagnosticDescriptors.InternalError, ex.GetType().Name + ": " + ex.Message));
            files.Clear();
        }

        return new GeneratedOutput(model.FilePath, ns, files.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static DiagnosticInfo Problem(ApiModel model, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, params string[] args) =>
        new(descriptor.Id, model.FilePath, SourceSpan.None, args.ToEquatableArray());
}
