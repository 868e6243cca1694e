using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.State;
using HeyGen.Emulator.Videos;
using HeyGen.Emulator.Webhooks;

namespace HeyGen.Emulator.Routes.V3;

/// <summary>GET/POST /v3/webhooks/endpoints, DELETE /v3/webhooks/endpoints/{endpoint_id}, GET /v3/webhooks/event-types.</summary>
internal sealed class WebhookEndpointRoutes(EmulatorContext emulator)
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapOperation("GET", "/v3/webhooks/endpoints", "listWebhookEndpoints", ListAsync);
        app.MapOperation("POST", "/v3/webhooks/endpoints", "createWebhookEndpoint", CreateAsync);
        app.MapOperation("DELETE", "/v3/webhooks/endpoints/{endpoint_id}", "deleteWebhookEndpoint", DeleteAsync);
        app.MapOperation("GET", "/v3/webhooks/event-types", "listWebhookEventTypes", EventTypesAsync);
    }

    /// <summary>Receivers on loopback are the point of an emulator, so plain http is accepted alongside https.</summary>
    public static void CheckUrl(Uri url)
    {
        RequestChecks.HttpUrl(url, "url");
    }

    public static IReadOnlyList<string>? CheckEvents(IEnumerable<string>? events)
    {
        if (events is null)
        {
            return null;
        }

        var list = events.ToList();
        if (list.FirstOrDefault(e => !WebhookEventTypes.IsKnown(e)) is { } unknown)
        {
            throw ApiException.Invalid("events", "Unknown event type '" + unknown + "'. List the valid ones with GET /v3/webhooks/event-types.");
        }

        return list;
    }

    private async Task CreateAsync(HttpContext http)
    {
        var (request, _) = await RequestBody.ReadJsonAsync(http, CreateWebhookEndpointRequestJsonConverter.ReadValue);
        CheckUrl(request.Url);
        var events = CheckEvents(request.Events?.Select(e => e.Value));
        var endpoint = emulator.Store.Transact(now => emulator.Store.WebhookEndpoints.Add(request.Url, events, "we_", request.EntityId, now));
        await JsonResponses.V3(http, View(endpoint, withSecret: true), WebhookEndpointJsonConverter.WriteValue);
    }

    private Task ListAsync(HttpContext http)
    {
        var limit = QueryParameters.Limit(http, defaultValue: 10, max: 100);
        var token = QueryParameters.String(http, "token");
        var response = emulator.Store.Transact(_ =>
        {
            var page = Paging.Take(emulator.Store.WebhookEndpoints.All, e => e.Sequence, limit, token, "webhook-endpoints");
            return new ListWebhookEndpointsResponse { Data = page.Items.Select(e => View(e, withSecret: false)).ToList(), HasMore = page.HasMore, NextToken = page.NextToken };
        });
        return JsonResponses.V3Body(http, response, ListWebhookEndpointsResponseJsonConverter.WriteValue);
    }

    private Task DeleteAsync(HttpContext http)
    {
        var id = (string)http.Request.RouteValues["endpoint_id"]!;
        if (!emulator.Store.Transact(_ => emulator.Store.WebhookEndpoints.Remove(id)))
        {
            throw ApiException.NotFound("Webhook endpoint", "endpoint_id");
        }

        return JsonResponses.WriteAsync(http, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            writer.WriteEndObject();
            writer.WriteNull("error");
            writer.WriteEndObject();
        });
    }

    private Task EventTypesAsync(HttpContext http)
    {
        var response = new ListWebhookEventTypesResponse { Data = WebhookEventTypes.All, HasMore = false, NextToken = null };
        return JsonResponses.V3Body(http, response, ListWebhookEventTypesResponseJsonConverter.WriteValue);
    }

    /// <summary>The secret is shown only on create (and rotation), as HeyGen does.</summary>
    private static WebhookEndpoint View(WebhookEndpointRecord endpoint, bool withSecret) => new()
    {
        EndpointId = endpoint.Id,
        Url = endpoint.Url,
        Status = endpoint.Enabled ? WebhookEndpointStatus.Enabled : WebhookEndpointStatus.Disabled,
        Events = endpoint.Events,
        Secret = withSecret ? endpoint.Secret : null,
        CreatedAt = endpoint.CreatedAt,
    };
}
