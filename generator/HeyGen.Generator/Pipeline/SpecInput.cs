using System;
using System.IO;
using System.Threading;
using HeyGen.Generator.Diagnostics;
using HeyGen.Generator.Model;
using HeyGen.Generator.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HeyGen.Generator.Pipeline;

/// <summary>One OpenAPI document with its options: the equatable input of the model stage.</summary>
internal sealed record SpecInput(string FilePath, string Text, GeneratorOptions Options, EquatableArray<DiagnosticInfo> OptionDiagnostics)
{
    public static bool IsSpecFile(string path) =>
        path.EndsWith(".openapi.yaml", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".openapi.yml", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".openapi.json", StringComparison.OrdinalIgnoreCase);

    public static SpecInput? Create(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var fileOptions = optionsProvider.GetOptions(file);
        var flagged = fileOptions.TryGetValue("build_metadata.AdditionalFiles.OpenApi", out var flag) && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);
        if (!flagged && !IsSpecFile(file.Path))
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>();
        var options = ResolveOptions(file.Path, fileOptions, optionsProvider.GlobalOptions, diagnostics);
        return new SpecInput(file.Path, text, options, diagnostics.ToEquatableArray());
    }

    internal static GeneratorOptions ResolveOptions(string path, AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions, System.Collections.Generic.List<DiagnosticInfo> diagnostics)
    {
        string? Metadata(string name) =>
            fileOptions.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        string? Property(string name) =>
            globalOptions.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        var stem = Path.GetFileName(path);
        var dot = stem.IndexOf('.');
        stem = dot > 0 ? stem.Substring(0, dot) : stem;

        var fallbackNamespace = Property("RootNamespace") is { } root && CSharpNames.IsValidNamespace(root) ? root : CSharpNames.Pascal(stem);
        var ns = Metadata("Namespace") ?? fallbackNamespace;
        if (!CSharpNames.IsValidNamespace(ns))
        {
            diagnostics.Add(OptionProblem(path, "Namespace", ns, "not a dotted list of C# identifiers", fallbackNamespace));
            ns = fallbackNamespace;
        }

        var fallbackClient = CSharpNames.Pascal(stem) + "Client";
        var client = Metadata("ClientName") ?? fallbackClient;
        if (!CSharpNames.IsValidIdentifier(client))
        {
            diagnostics.Add(OptionProblem(path, "ClientName", client, "not a C# identifier", fallbackClient));
            client = fallbackClient;
        }

        var prefix = client.EndsWith("Client", StringComparison.Ordinal) && client.Length > "Client".Length
            ? client.Substring(0, client.Length - "Client".Length)
            : client;

        var visibility = Metadata("Visibility") ?? Property("HeyGenGeneratorVisibility") ?? "public";
        var isPublic = true;
        switch (visibility.ToLowerInvariant())
        {
            case "public":
                break;
            case "internal":
                isPublic = false;
                break;
            default:
                diagnostics.Add(OptionProblem(path, "Visibility", visibility, "use 'public' or 'internal'", "public"));
                break;
        }

        var apiKeyVariable = Metadata("ApiKeyVariable") ?? prefix.ToUpperInvariant() + "_API_KEY";
        return new GeneratorOptions(ns, client, prefix, isPublic, apiKeyVariable);
    }

    private static DiagnosticInfo OptionProblem(string path, string option, string value, string reason, string fallback) =>
        new(DiagnosticDescriptors.InvalidOption.Id, path, SourceSpan.None, new[] { option, value, reason, fallback }.ToEquatableArray());
}
