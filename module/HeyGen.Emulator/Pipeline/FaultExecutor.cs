using HeyGen.Emulator.Infrastructure;
using Microsoft.AspNetCore.Http.Features;

namespace HeyGen.Emulator.Pipeline;

/// <summary>
/// Applies the fault rules around a handler. Before-handler faults replace the request (no side effects);
/// after-handler faults let the handler act with its response buffered, then lose, replace or truncate it.
/// </summary>
internal static class FaultExecutor
{
    /// <summary>HttpContext item set when the connection was dropped on purpose (accounted as status 0).</summary>
    public const string DroppedKey = "heygen.emulator.dropped";

    public static async Task RunAsync(HttpContext context, OperationMetadata operation, FaultInjector faults, Func<Task> handler)
    {
        if (faults.Fire(operation.OperationId, FaultTiming.BeforeHandler) is { } before && !await ApplyBeforeAsync(context, operation.Family, before))
        {
            return;
        }

        if (!faults.HasRules(operation.OperationId, FaultTiming.AfterHandler))
        {
            await handler();
            return;
        }

        var bodyFeature = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await handler();
        }
        finally
        {
            context.Features.Set(bodyFeature);
        }

        var after = faults.Fire(operation.OperationId, FaultTiming.AfterHandler);
        switch (after?.Kind)
        {
            case FaultKind.DropConnection:
                Drop(context);
                return;
            case FaultKind.ServerError:
                context.Response.Clear();
                await WriteServerErrorAsync(context, operation.Family, after);
                return;
            case FaultKind.TruncateDownload:
                await WriteTruncatedAsync(context, buffer.ToArray(), after.TruncateFraction);
                return;
            default:
                buffer.Position = 0;
                await buffer.CopyToAsync(context.Response.Body, context.RequestAborted);
                return;
        }
    }

    /// <summary>Returns true when the request should go on to the handler (a delay), false when the fault answered it.</summary>
    private static async Task<bool> ApplyBeforeAsync(HttpContext context, ApiFamily family, FaultRule rule)
    {
        switch (rule.Kind)
        {
            case FaultKind.RateLimit:
                await ErrorWriter.WriteAsync(context, family, ApiException.RateLimited(rule.RetryAfterSeconds));
                return false;
            case FaultKind.ServerError:
                await WriteServerErrorAsync(context, family, rule);
                return false;
            case FaultKind.DropConnection:
                Drop(context);
                return false;
            case FaultKind.Delay:
                try
                {
                    // Real time, not the emulator clock: the point is to make the client's own timeout fire.
                    await Task.Delay(rule.Delay, context.RequestAborted);
                    return true;
                }
                catch (OperationCanceledException)
                {
                    context.Items[DroppedKey] = true;
                    return false;
                }

            default:
                return true;
        }
    }

    private static void Drop(HttpContext context)
    {
        context.Items[DroppedKey] = true;
        context.Abort();
    }

    private static Task WriteServerErrorAsync(HttpContext context, ApiFamily family, FaultRule rule)
    {
        if (rule.EmptyBody)
        {
            context.Response.StatusCode = rule.StatusCode;
            context.Response.ContentLength = 0;
            return Task.CompletedTask;
        }

        if (!rule.Html)
        {
            var code = rule.StatusCode switch { 502 => "bad_gateway", 503 => "service_unavailable", 504 => "gateway_timeout", _ => "internal_error" };
            return ErrorWriter.WriteAsync(context, family, new ApiException(rule.StatusCode, code, "An unexpected error occurred. Please retry later."));
        }

        // What a load balancer in front of the API sends: an HTML page, not JSON.
        var html = "<html><head><title>" + rule.StatusCode.ToString(CultureInfo.InvariantCulture) + " Server Error</title></head><body><center><h1>"
            + rule.StatusCode.ToString(CultureInfo.InvariantCulture) + " Server Error</h1></center><hr><center>nginx</center></body></html>";
        var bytes = Encoding.UTF8.GetBytes(html);
        context.Response.StatusCode = rule.StatusCode;
        context.Response.ContentType = "text/html";
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }

    /// <summary>Promises the whole body (Content-Length), sends only part of it, then drops the connection.</summary>
    private static async Task WriteTruncatedAsync(HttpContext context, byte[] body, double fraction)
    {
        context.Response.ContentLength = body.Length;
        var sent = (int)Math.Clamp(Math.Floor(body.Length * fraction), 0, Math.Max(0, body.Length - 1));
        await context.Response.Body.WriteAsync(body.AsMemory(0, sent), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        context.Abort();
    }
}
