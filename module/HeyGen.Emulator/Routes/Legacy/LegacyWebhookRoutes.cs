using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.Routes.V3;
using HeyGen.Emulator.State;

namespace HeyGen.Emulator.Routes.Legacy;

/// <summary>POST /v1/webhook/endpoint.add: registers into the same endpoint list as v3 (one account, one list).</summary>
internal sealed class LegacyWebhookRoutes(EmulatorContext emulator)
{
    public void Map(IEndpointRouteBuilder app) =>
        app.MapOperation("POST", "/v1/webhook/endpoint.add", "addWebhookEndpointV1", AddAsync);

    private async Task AddAsync(HttpContext http)
    {
        var (request, _) = await RequestBody.ReadJsonAsync(http, V1AddWebhookEndpointRequestJsonConverter.ReadValue);
        WebhookEndpointRoutes.CheckUrl(request.Url);
        var events = WebhookEndpointRoutes.CheckEvents(request.Events);
        var endpoint = emulator.Store.Transact(now => emulator.Store.WebhookEndpoints.Add(request.Url, events, string.Empty, null, now));
        var response = new V1WebhookEndpoint
        {
            EndpointId = endpoint.Id,
            Username = Account.Username,
            Url = endpoint.Url,
            Status = "enabled",
            Events = endpoint.Events ?? [],
            Secret = endpoint.Secret,
            CreatedAt = endpoint.CreatedAt,
            SpaceId = Account.SpaceId,
        };
        await JsonResponses.V1(http, response, V1WebhookEndpointJsonConverter.WriteValue);
    }
}
