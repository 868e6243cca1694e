using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace HeyGen.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports. Ids are stable; messages say what to fix.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "HeyGen.Generator";

    public static readonly DiagnosticDescriptor MalformedDocument = Create(
        "HG0001", "Malformed OpenAPI document", "The OpenAPI document cannot be read: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        "HG0002", "Unresolved $ref", "The reference '{0}' cannot be resolved: {1}; the value is typed as JsonElement", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor CyclicReference = Create(
        "HG0003", "Cyclic $ref", "The reference '{0}' loops back to itself ({1}) without a schema in between; the value is typed as JsonElement", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        "HG0004", "Unsupported schema construct", "{0} at '{1}' is not supported; the value is typed as JsonElement", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NameCollision = Create(
        "HG0005", "Name collision resolved", "'{0}' at '{1}' would collide with an existing {2}; it is named '{3}'", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor DuplicateOperationId = Create(
        "HG0006", "Duplicate operationId", "operationId '{0}' at '{1}' is already used by '{2}'; the method is named '{3}'", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotOpenApi = Create(
        "HG0007", "Not an OpenAPI 3 document", "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidStructure = Create(
        "HG0008", "Invalid OpenAPI structure", "{0} at '{1}'; {2}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DiscriminatorProblem = Create(
        "HG0009", "Discriminator problem", "Union at '{0}': {1}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InternalError = Create(
        "HG0010", "Generator error", "The generator failed on this document ({0}); please report it with the document attached", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DocumentTooComplex = Create(
        "HG0011", "Document too large or too deeply nested", "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Create(
        "HG0012", "C# language version too old", "The generated client needs C# 11 or newer (this project uses C# {0}); set <LangVersion>latest</LangVersion> in the project file", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        "HG0013", "Invalid generator option", "{0} '{1}' is not valid ({2}); using '{3}'", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateNamespace = Create(
        "HG0014", "Two documents generate into one namespace", "'{0}' and '{1}' both generate into namespace '{2}'; give one of them a Namespace metadata value", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MissingSystemTextJson = Create(
        "HG0015", "System.Text.Json is not referenced", "The generated client for '{0}' needs System.Text.Json; add <PackageReference Include=\"System.Text.Json\" /> (it is built into .NET 5 and later)", DiagnosticSeverity.Error);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [MalformedDocument.Id] = MalformedDocument,
        [UnresolvedReference.Id] = UnresolvedReference,
        [CyclicReference.Id] = CyclicReference,
        [UnsupportedConstruct.Id] = UnsupportedConstruct,
        [NameCollision.Id] = NameCollision,
        [DuplicateOperationId.Id] = DuplicateOperationId,
        [NotOpenApi.Id] = NotOpenApi,
        [InvalidStructure.Id] = InvalidStructure,
        [DiscriminatorProblem.Id] = DiscriminatorProblem,
        [InternalError.Id] = InternalError,
        [DocumentTooComplex.Id] = DocumentTooComplex,
        [LanguageVersionTooOld.Id] = LanguageVersionTooOld,
        [InvalidOption.Id] = InvalidOption,
        [DuplicateNamespace.Id] = DuplicateNamespace,
        [MissingSystemTextJson.Id] = MissingSystemTextJson,
    };

    public static DiagnosticDescriptor Get(string id) => ById[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: "https://github.com/heygen-toolkit/heygen-toolkit/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant());
}
