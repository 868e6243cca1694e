namespace HeyGen.Generator.Model;

/// <summary>Everything emitted for one OpenAPI document. Equatable end to end, so unchanged input is served from cache.</summary>
internal sealed record ApiModel(
    string FilePath,
    GeneratorOptions Options,
    string Title,
    string Version,
    string? Description,
    string DefaultServer,
    string? ApiKeyHeader,
    bool SupportsBearer,
    EquatableArray<long> EnvelopeSuccessCodes,
    EquatableArray<NamedType> Types,
    EquatableArray<TagModel> Tags,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>False when the document could not be read at all: only diagnostics are reported.</summary>
    public bool IsUsable { get; init; } = true;
}

/// <summary>Per-document options from MSBuild item metadata (or project defaults).</summary>
internal sealed record GeneratorOptions(string Namespace, string ClientName, string TypePrefix, bool IsPublic, string ApiKeyVariable)
{
    public string Visibility => IsPublic ? "public" : "internal";
}
