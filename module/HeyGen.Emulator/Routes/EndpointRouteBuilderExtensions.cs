using HeyGen.Emulator.Infrastructure;

namespace HeyGen.Emulator.Routes;

/// <summary>Maps one spec operation: its method, path, operationId (accounting and fault rules key on it) and envelope.</summary>
internal static class EndpointRouteBuilderExtensions
{
    public static IEndpointConventionBuilder MapOperation(this IEndpointRouteBuilder app, string method, string pattern, string operationId, RequestDelegate handler, bool acceptsStreamingToken = false) =>
        app.MapMethods(pattern, [method], handler)
            .WithMetadata(new OperationMetadata(operationId, OperationMetadata.FamilyOfPath(new PathString(pattern)), acceptsStreamingToken))
            .WithDisplayName(operationId);

    /// <summary>The emulator's own routes (<c>/_emulator/...</c>): v3-shaped errors, API key required, never faulted.</summary>
    public static IEndpointConventionBuilder MapAdmin(this IEndpointRouteBuilder app, string method, string pattern, string name, RequestDelegate handler) =>
        app.MapMethods(pattern, [method], handler)
            .WithMetadata(new OperationMetadata("_emulator." + name, ApiFamily.Admin))
            .WithDisplayName("_emulator." + name);

    /// <summary>Presigned media and streams: no API key, S3-style XML errors, faulted under the target <c>media</c>.</summary>
    public static IEndpointConventionBuilder MapMedia(this IEndpointRouteBuilder app, string pattern, RequestDelegate handler) =>
        app.MapMethods(pattern, ["GET", "HEAD"], handler)
            .WithMetadata(new OperationMetadata("media", ApiFamily.Media))
            .WithDisplayName("media " + pattern);
}
