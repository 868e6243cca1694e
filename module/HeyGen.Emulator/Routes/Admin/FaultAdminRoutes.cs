using HeyGen.Emulator.Infrastructure;

namespace HeyGen.Emulator.Routes.Admin;

/// <summary>
/// <c>GET/POST/DELETE /_emulator/faults</c> and <c>DELETE /_emulator/faults/{id}</c>. A rule is posted as
/// <c>{"target": "createVideo", "kind": "rate_limit", "count": 3, "retry_after_seconds": 2}</c>; kinds are
/// rate_limit, server_error, drop_connection, delay, truncate_download (see <see cref="FaultRule"/> for the rest).
/// </summary>
internal sealed class FaultAdminRoutes(FaultInjector faults)
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapAdmin("GET", "/_emulator/faults", "faults.list", ListAsync);
        app.MapAdmin("POST", "/_emulator/faults", "faults.add", AddAsync);
        app.MapAdmin("DELETE", "/_emulator/faults", "faults.clear", ClearAsync);
        app.MapAdmin("DELETE", "/_emulator/faults/{id}", "faults.remove", RemoveAsync);
    }

    private Task ListAsync(HttpContext http) =>
        JsonResponses.WriteAsync(http, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartArray();
            foreach (var rule in faults.Rules)
            {
                Write(writer, rule);
            }

            writer.WriteEndArray();
        });

    private async Task AddAsync(HttpContext http)
    {
        var raw = await RequestBody.ReadBytesAsync(http, 64 * 1024);
        FaultRule rule;
        try
        {
            rule = FaultRuleJson.Parse(raw);
            faults.Add(rule);
        }
        catch (ArgumentException ex)
        {
            throw ApiException.Invalid((ex as ArgumentOutOfRangeException)?.ParamName ?? "body", ex.Message);
        }

        await JsonResponses.WriteAsync(http, StatusCodes.Status201Created, writer => Write(writer, rule));
    }

    private Task ClearAsync(HttpContext http)
    {
        faults.Clear();
        http.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private Task RemoveAsync(HttpContext http)
    {
        var id = (string)http.Request.RouteValues["id"]!;
        if (!faults.Remove(id))
        {
            throw ApiException.NotFound("Fault rule", "id");
        }

        http.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private static void Write(Utf8JsonWriter writer, FaultRule rule)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("target", rule.Target);
        writer.WriteString("kind", FaultRuleJson.KindName(rule.Kind));
        writer.WriteString("timing", rule.Phase == FaultTiming.AfterHandler ? "after_handler" : "before_handler");
        if (rule.Count is { } count)
        {
            writer.WriteNumber("count", count);
        }

        if (rule.Probability is { } probability)
        {
            writer.WriteNumber("probability", probability);
        }

        writer.WriteNumber("fired", rule.Fired);
        writer.WriteString("description", rule.ToString());
        writer.WriteEndObject();
    }
}
