namespace HeyGen.Generator.Model;

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
}

internal sealed record ParameterModel(
    string Name,
    string CsName,
    ParameterLocation Location,
    TypeRef Type,
    bool Required,
    // Arrays: repeat the parameter (true) or join values with commas (false).
    bool Explode,
    string? Description,
    bool Deprecated);

internal enum BodyKind
{
    Json,
    Multipart,
    Binary,
    FormUrlEncoded,
}

internal sealed record MultipartPartModel(string Name, string CsName, TypeRef Type, bool Required, bool IsFile, string? Description);

internal sealed record RequestBodyModel(
    BodyKind Kind,
    // The media type to send (the first declared one for JSON and forms).
    string ContentType,
    EquatableArray<string> ContentTypes,
    TypeRef? Type,
    EquatableArray<MultipartPartModel> Parts,
    bool Required,
    string? Description);

internal enum ResponseKind
{
    None,
    Json,
    Binary,
    Text,
}

/// <summary>
/// The success response. When the JSON body is an envelope (<c>data</c> plus only envelope metadata such as
/// <c>code</c>, <c>message</c> and <c>error</c>) the method returns the <c>data</c> type and the envelope is checked at run time.
/// </summary>
internal sealed record ResponseModel(ResponseKind Kind, TypeRef? Type, bool UnwrapData, int StatusCode, string? Description);

/// <summary>Cursor pagination: a token query parameter and a next-token property beside an array of items.</summary>
internal sealed record PaginationModel(
    TypeRef Item,
    string TokenParameterCsName,
    string ItemsPropertyCsName,
    string NextTokenPropertyCsName,
    string? HasMorePropertyCsName,
    string EnumerateMethodName);

internal sealed record OperationModel(
    string OperationId,
    string MethodName,
    string HttpMethod,
    string Path,
    string? Summary,
    string? Description,
    bool Deprecated,
    string? ServerUrl,
    bool RequiresAuth,
    EquatableArray<ParameterModel> Parameters,
    RequestBodyModel? Body,
    ResponseModel Response,
    PaginationModel? Pagination,
    // The idempotency header this operation honours (retries reuse one generated key), or null.
    string? IdempotencyHeader,
    string BodyParameterCsName,
    SourceSpan Span);

internal sealed record TagModel(string Name, string ClassName, string PropertyName, string? Description, EquatableArray<OperationModel> Operations);
