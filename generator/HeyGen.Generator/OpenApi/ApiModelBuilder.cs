using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using HeyGen.Generator.Diagnostics;
using HeyGen.Generator.Model;
using HeyGen.Generator.Naming;
using HeyGen.Generator.Pipeline;
using HeyGen.Generator.Yaml;

namespace HeyGen.Generator.OpenApi;

/// <summary>Parse stage: document text in, equatable <see cref="ApiModel"/> (with its diagnostics) out. Never throws, except on cancellation.</summary>
internal static class ApiModelBuilder
{
    public static ApiModel Build(SpecInput input, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>(input.OptionDiagnostics);
        try
        {
            return BuildCore(input, diagnostics, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.InternalError.Id, input.FilePath, SourceSpan.None, new[] { ex.GetType().Name + ": " + ex.Message }.ToEquatableArray()));
            return Unusable(input, diagnostics);
        }
    }

    private static ApiModel Unusable(SpecInput input, List<DiagnosticInfo> diagnostics) =>
        new(input.FilePath, input.Options, string.Empty, string.Empty, null, string.Empty, null, false, EquatableArray<long>.Empty,
            EquatableArray<NamedType>.Empty, EquatableArray<TagModel>.Empty, diagnostics.ToEquatableArray())
        { IsUsable = false };

    private static void Fail(List<DiagnosticInfo> diagnostics, string path, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceSpan span, params string[] args) =>
        diagnostics.Add(new DiagnosticInfo(descriptor.Id, path, span, args.ToEquatableArray()));

    private static ApiModel BuildCore(SpecInput input, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var path = input.FilePath;
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            Fail(diagnostics, path, DiagnosticDescriptors.NotOpenApi, SourceSpan.None, "The document is empty; an OpenAPI 3 document needs at least 'openapi', 'info' and 'paths'");
            return Unusable(input, diagnostics);
        }

        var read = YamlTreeReader.Read(input.Text, cancellationToken);
        foreach (var (message, span) in read.Warnings)
        {
            Fail(diagnostics, path, DiagnosticDescriptors.InvalidStructure, span, "YAML", System.IO.Path.GetFileName(path), message);
        }

        if (read.Error is not null)
        {
            Fail(diagnostics, path, read.TooComplex ? DiagnosticDescriptors.DocumentTooComplex : DiagnosticDescriptors.MalformedDocument, read.ErrorSpan, read.Error);
            return Unusable(input, diagnostics);
        }

        if (read.Root is not YamlMapping root)
        {
            Fail(diagnostics, path, DiagnosticDescriptors.NotOpenApi, read.Root?.Span ?? SourceSpan.None, "The document's root must be a mapping with 'openapi', 'info' and 'paths'");
            return Unusable(input, diagnostics);
        }

        var version = root.Str("openapi");
        if (version is null)
        {
            var message = root.Str("swagger") is { } swagger
                ? $"Swagger {swagger} documents are not supported; convert the document to OpenAPI 3 first"
                : "The document has no 'openapi' field; it must start with 'openapi: 3.1.0' (or 3.0.x)";
            Fail(diagnostics, path, DiagnosticDescriptors.NotOpenApi, root.Span, message);
            return Unusable(input, diagnostics);
        }

        if (!version.StartsWith("3.", StringComparison.Ordinal))
        {
            Fail(diagnostics, path, DiagnosticDescriptors.NotOpenApi, root.KeyNode("openapi")!.Span, $"OpenAPI version '{version}' is not supported; use 3.0.x or 3.1.x");
            return Unusable(input, diagnostics);
        }

        var ctx = new SpecContext(path, root, version.StartsWith("3.0", StringComparison.Ordinal), cancellationToken);
        var options = input.Options;

        var info = root.Map("info");
        var title = info?.Str("title") ?? options.ClientName;
        var apiVersion = info?.Str("version") ?? "1.0.0";
        var description = info?.Str("description");
        var defaultServer = root.Seq("servers")?.Items.OfType<YamlMapping>().Select(OperationAnalyzer.ServerUrl).FirstOrDefault(u => u is not null) ?? string.Empty;

        string? apiKeyHeader = null;
        var supportsBearer = false;
        if (root.Map("components")?.Map("securitySchemes") is { } schemes)
        {
            foreach (var scheme in schemes.Entries.Select(e => e.Value).OfType<YamlMapping>())
            {
                var type = scheme.Str("type");
                if (type == "apiKey" && scheme.Str("in") == "header" && apiKeyHeader is null)
                {
                    apiKeyHeader = scheme.Str("name");
                }
                else if (type == "http" && string.Equals(scheme.Str("scheme"), "bearer", StringComparison.OrdinalIgnoreCase))
                {
                    supportsBearer = true;
                }
                else if (type == "apiKey" && scheme.Str("in") != "header")
                {
                    ctx.Report(DiagnosticDescriptors.UnsupportedConstruct, scheme.Span, $"An API key sent in '{scheme.Str("in")}'", "#/components/securitySchemes");
                }
            }
        }

        var documentRequiresAuth = root.Seq("security") is { Items.Count: > 0 } security && security.Items.Any(i => i is YamlMapping { Entries.Count: > 0 });

        var successCodes = new List<long>();
        if (root.Seq("x-envelope-success-codes") is { } codes)
        {
            foreach (var code in codes.Items.OfType<YamlScalar>())
            {
                if (code.Kind == ScalarKind.Integer && long.TryParse(code.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                {
                    successCodes.Add(value);
                }
            }
        }

        // Names the runtime and the clients use come first; schemas yield to them.
        var typeNames = new NameScope();
        foreach (var runtimeName in RuntimeTypeNames(options))
        {
            typeNames.Reserve(runtimeName);
        }

        var tags = OperationAnalyzer.CollectTags(root);
        var tagClassNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            tagClassNames[tag] = typeNames.Claim(CSharpNames.Pascal(tag) + "Client");
        }

        var schemas = new SchemaAnalyzer(ctx, typeNames);
        schemas.ReserveComponents();
        schemas.AnalyzeComponents();

        var operations = new OperationAnalyzer(ctx, schemas, defaultServer, apiKeyHeader, documentRequiresAuth).Analyze();

        // Webhook payloads (3.1 `webhooks`) become types too, so receivers can read them.
        if (root.Map("webhooks") is { } webhooks)
        {
            foreach (var webhook in webhooks.Entries)
            {
                if (webhook.Value is not YamlMapping item)
                {
                    continue;
                }

                foreach (var method in item.Entries.Where(e => e.Value is YamlMapping))
                {
                    var content = (method.Value as YamlMapping)!.Map("requestBody")?.Map("content");
                    foreach (var media in content?.Entries ?? Enumerable.Empty<KeyValuePair<YamlScalar, YamlNode>>())
                    {
                        if (media.Value is YamlMapping m && m["schema"] is { } schema)
                        {
                            var pointer = SpecContext.Child(SpecContext.Child(SpecContext.Child(SpecContext.Child(SpecContext.Child(SpecContext.Child("#/webhooks", webhook.Key.Value), method.Key.Value), "requestBody"), "content"), media.Key.Value), "schema");
                            schemas.Resolve(schema, pointer, CSharpNames.Pascal(webhook.Key.Value) + "Payload", 1);
                        }
                    }
                }
            }
        }

        var types = schemas.Freeze();
        var memberNames = new NameScope();
        var tagModels = new List<TagModel>();
        foreach (var tag in tags)
        {
            var tagOperations = operations.Where(o => o.Tag == tag).Select(o => o.Operation).ToEquatableArray();
            if (tagOperations.Count == 0)
            {
                continue;
            }

            var tagDescription = root.Seq("tags")?.Items.OfType<YamlMapping>().FirstOrDefault(t => t.Str("name") == tag)?.Str("description");
            tagModels.Add(new TagModel(tag, tagClassNames[tag], memberNames.Claim(CSharpNames.Pascal(tag)), tagDescription, tagOperations));
        }

        diagnostics.AddRange(ctx.Diagnostics);
        if (ctx.BudgetExceeded)
        {
            return Unusable(input, diagnostics);
        }

        return new ApiModel(
            path,
            options,
            title,
            apiVersion,
            description,
            defaultServer,
            apiKeyHeader,
            supportsBearer,
            successCodes.ToEquatableArray(),
            types,
            tagModels.ToEquatableArray(),
            diagnostics.ToEquatableArray());
    }

    /// <summary>Type names the emitted runtime uses; a schema with one of these names is renamed.</summary>
    public static IEnumerable<string> RuntimeTypeNames(GeneratorOptions options)
    {
        var p = options.TypePrefix;
        yield return options.ClientName;
        foreach (var suffix in new[] { "ClientOptions", "RetryOptions", "ApiException", "ErrorKind", "FileContent", "BinaryResponse", "Json", "Request", "RequestKind", "Transport", "JsonReadFunc", "JsonWriteAction", "Http", "NonDisposingStream" })
        {
            yield return p + suffix;
        }
    }
}
