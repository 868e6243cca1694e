using System.Diagnostics;
using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;

namespace HeyGen.Emulator.Pipeline;

/// <summary>
/// The rules every route shares, in the order HeyGen applies them: a request id, 404 for unknown routes, the API
/// key check, injected faults, then the handler with its <see cref="ApiException"/>s written in the route's
/// envelope. Every request (dropped ones too) ends up in the accounting under its operationId.
/// </summary>
internal sealed class ApiPipelineMiddleware(RequestDelegate next, EmulatorContext emulator)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<OperationMetadata>();
        var operationId = metadata?.OperationId ?? "unknown";
        var family = metadata?.Family ?? OperationMetadata.FamilyOfPath(context.Request.Path);
        context.Response.Headers["X-Request-Id"] = "req_" + Ids.Hex(24);
        if (family == ApiFamily.Media)
        {
            // Presigned media and HLS streams are fetched by browsers from other origins (the avatar-alert page).
            context.Response.Headers.AccessControlAllowOrigin = "*";
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            if (metadata is null)
            {
                await WriteUnknownRouteAsync(context, family);
                return;
            }

            if (metadata.RequiresApiKey && Authentication.Check(context, metadata, emulator) is { } refusal)
            {
                await ErrorWriter.WriteAsync(context, family, refusal);
                return;
            }

            await FaultExecutor.RunAsync(context, metadata, emulator.Faults, () => RunHandlerAsync(context, family));
        }
        finally
        {
            var dropped = context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted;
            var status = context.Items.ContainsKey(FaultExecutor.DroppedKey) || dropped ? 0 : context.Response.StatusCode;
            emulator.Accounting.RecordRequest(operationId, status);
            EmulatorLog.Request(
                emulator.Logger,
                context.Request.Method,
                context.Request.Path.Value,
                operationId,
                status == 0 ? "dropped" : status.ToString(CultureInfo.InvariantCulture),
                (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private async Task RunHandlerAsync(HttpContext context, ApiFamily family)
    {
        try
        {
            await next(context);
        }
        catch (ApiException error) when (!context.Response.HasStarted)
        {
            await ErrorWriter.WriteAsync(context, family, error);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !context.Response.HasStarted)
        {
            EmulatorLog.Unhandled(emulator.Logger, ex, context.Request.Method, context.Request.Path.Value);
            await ErrorWriter.WriteAsync(context, family, new ApiException());
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
    }

    private static Task WriteUnknownRouteAsync(HttpContext context, ApiFamily family)
    {
        // Routing answers a wrong method on a known path with its own 405 endpoint, which carries no operation.
        var methodNotAllowed = context.GetEndpoint()?.DisplayName?.Contains("405", StringComparison.Ordinal) == true;
        return methodNotAllowed
            ? ErrorWriter.WriteAsync(context, family, 405, "method_not_allowed", context.Request.Method + " is not supported on " + context.Request.Path.Value + ".")
            : ErrorWriter.WriteAsync(context, family == ApiFamily.Media ? ApiFamily.Media : family, 404, family == ApiFamily.Media ? "NoSuchKey" : "not_found", "No route " + context.Request.Method + " " + context.Request.Path.Value + ".");
    }
}
