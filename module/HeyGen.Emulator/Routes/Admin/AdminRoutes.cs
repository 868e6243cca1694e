using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.Inspection;

namespace HeyGen.Emulator.Routes.Admin;

/// <summary>
/// The emulator's own control surface for processes that cannot reach the in-process API (scripts, the CLI, a
/// browser test): accounting, fault rules, reset, clock, and what realtime sessions and webhooks received.
/// Every route needs the API key; none is ever faulted.
/// </summary>
internal sealed class AdminRoutes(EmulatorContext emulator)
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapAdmin("GET", "/_emulator/accounting", "accounting", AccountingAsync);
        app.MapAdmin("POST", "/_emulator/reset", "reset", ResetAsync);
        app.MapAdmin("POST", "/_emulator/clock/advance", "clock.advance", AdvanceClockAsync);
        app.MapAdmin("GET", "/_emulator/realtime/{stream_id}", "realtime", RealtimeAsync);
        app.MapAdmin("GET", "/_emulator/streaming", "streaming", StreamingAsync);
        app.MapAdmin("GET", "/_emulator/webhooks", "webhooks", WebhooksAsync);
        new FaultAdminRoutes(emulator.Faults).Map(app);
    }

    private Task AccountingAsync(HttpContext http) =>
        JsonResponses.WriteAsync(http, StatusCodes.Status200OK, emulator.Accounting.WriteJson);

    private Task ResetAsync(HttpContext http)
    {
        emulator.Reset();
        return JsonResponses.WriteAsync(http, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("reset", true);
            writer.WriteEndObject();
        });
    }

    /// <summary>Moves a <see cref="ManualTimeProvider"/> forward by <c>?seconds=</c>; other clocks cannot be moved.</summary>
    private Task AdvanceClockAsync(HttpContext http)
    {
        if (emulator.Clock is not ManualTimeProvider manual)
        {
            throw new ApiException(409, "clock_not_manual", "This emulator runs on a real-time clock; start it with a ManualTimeProvider to move time.");
        }

        var text = QueryParameters.Required(http, "seconds");
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds < 0 || double.IsInfinity(seconds))
        {
            throw ApiException.Invalid("seconds", "'seconds' must be a non-negative number.");
        }

        manual.Advance(TimeSpan.FromSeconds(seconds));
        return JsonResponses.WriteAsync(http, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("now", manual.GetUtcNow());
            writer.WriteEndObject();
        });
    }

    private Task RealtimeAsync(HttpContext http)
    {
        var id = (string)http.Request.RouteValues["stream_id"]!;
        var session = emulator.Store.Transact(now => emulator.Store.Realtime.Find(id) is { } s ? RealtimeSessionInfo.From(s, now) : null)
            ?? throw ApiException.NotFound("Stream", "stream_id");
        return JsonResponses.WriteAsync(http, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("stream_id", session.StreamId);
            writer.WriteString("type", session.Type);
            writer.WriteString("status", session.Status);
            writer.WriteStartArray("texts");
            foreach (var text in session.Texts)
            {
                writer.WriteStringValue(text);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private Task StreamingAsync(HttpContext http)
    {
        var sessions = emulator.Store.Transact(_ => emulator.Store.Streaming.All.Select(StreamingSessionInfo.From).ToList());
        return JsonResponses.WriteAsync(http, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartArray();
            foreach (var session in sessions)
            {
                writer.WriteStartObject();
                writer.WriteString("session_id", session.SessionId);
                writer.WriteString("status", session.Status);
                writer.WriteNumber("interruptions", session.Interruptions);
                writer.WriteStartArray("texts");
                foreach (var text in session.Texts)
                {
                    writer.WriteStringValue(text);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    private Task WebhooksAsync(HttpContext http) =>
        JsonResponses.WriteAsync(http, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartArray();
            foreach (var delivery in emulator.Webhooks.Deliveries)
            {
                writer.WriteStartObject();
                writer.WriteNumber("sequence", delivery.Sequence);
                writer.WriteString("event_type", delivery.EventType);
                writer.WriteString("url", delivery.Url.ToString());
                writer.WriteString("endpoint_id", delivery.EndpointId);
                writer.WriteString("signature", delivery.Signature);
                if (delivery.StatusCode is { } status)
                {
                    writer.WriteNumber("status_code", status);
                }
                else
                {
                    writer.WriteNull("status_code");
                }

                writer.WriteNumber("attempts", delivery.Attempts);
                writer.WriteString("body", delivery.Body);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
}
