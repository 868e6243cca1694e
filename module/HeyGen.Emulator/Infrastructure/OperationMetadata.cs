namespace HeyGen.Emulator.Infrastructure;

/// <summary>Which error envelope a route answers with.</summary>
internal enum ApiFamily
{
    /// <summary>v1/v2: <c>{code, message, data, error}</c>.</summary>
    V1,

    /// <summary>v3: <c>{data}</c> / <c>{error: {code, message, param, doc_url}}</c>.</summary>
    V3,

    /// <summary>Presigned media: S3-style XML errors, no API key.</summary>
    Media,

    /// <summary>The emulator's own /_emulator routes: v3-shaped, API key required, never faulted.</summary>
    Admin,
}

/// <summary>
/// Endpoint metadata: the spec's operationId (accounting and fault rules key on it), the error envelope and how
/// the caller authenticates. Attached to every route so middleware can act before the handler runs.
/// </summary>
internal sealed record OperationMetadata(string OperationId, ApiFamily Family, bool AcceptsStreamingToken = false)
{
    public bool RequiresApiKey => Family is ApiFamily.V1 or ApiFamily.V3 or ApiFamily.Admin;

    public static ApiFamily FamilyOfPath(PathString path) =>
        path.StartsWithSegments("/v1") || path.StartsWithSegments("/v2") ? ApiFamily.V1 :
        path.StartsWithSegments("/_media") ? ApiFamily.Media : ApiFamily.V3;
}
