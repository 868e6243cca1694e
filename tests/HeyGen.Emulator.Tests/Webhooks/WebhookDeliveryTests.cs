using System.Text;
using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Webhooks;

/// <summary>Signed webhook deliveries to a real receiver, verified with the client's own verifier.</summary>
public sealed class WebhookDeliveryTests
{
    [Fact]
    public async Task A_registered_endpoint_receives_a_signed_success_event_that_verifies()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateLinkedClient();
        var endpoint = await client.Webhooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest { Url = receiver.Url });
        var request = TestEmulator.AvatarVideo();
        request.CallbackId = "order-1234";
        var id = (await client.Videos.CreateVideoAsync(request)).VideoId;

        emulator.FinishRenders();
        var delivery = await receiver.NextAsync();
        var webhookEvent = HeyGenWebhookReader.VerifyAndRead(delivery.Body, delivery.Signature, endpoint.Secret!);

        var success = Assert.IsType<AvatarVideoSuccessEvent>(webhookEvent);
        Assert.Equal(id, success.EventData.VideoId);
        Assert.Equal("order-1234", success.EventData.CallbackId);
        Assert.Equal(64, delivery.Signature!.Length);
        using var http = new HttpClient();
        Assert.Equal(200, (int)(await http.GetAsync(success.EventData.Url)).StatusCode);
    }

    [Fact]
    public async Task A_tampered_body_a_wrong_secret_and_a_missing_header_are_rejected()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateLinkedClient();
        var endpoint = await client.Webhooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest { Url = receiver.Url });
        await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo());
        emulator.FinishRenders();
        var delivery = await receiver.NextAsync();
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(delivery.Body).Replace("avatar_video.success", "avatar_video.fail", StringComparison.Ordinal));

        var altered = Assert.Throws<HeyGenWebhookException>(() => HeyGenWebhookReader.VerifyAndRead(tampered, delivery.Signature, endpoint.Secret!));
        var wrongSecret = Assert.Throws<HeyGenWebhookException>(() => HeyGenWebhookReader.VerifyAndRead(delivery.Body, delivery.Signature, "whsec_not_the_secret"));
        var unsigned = Assert.Throws<HeyGenWebhookException>(() => HeyGenWebhookReader.VerifyAndRead(delivery.Body, null, endpoint.Secret!));

        Assert.Contains("does not match", altered.Message, StringComparison.Ordinal);
        Assert.Contains("does not match", wrongSecret.Message, StringComparison.Ordinal);
        Assert.Contains("no Signature header", unsigned.Message, StringComparison.Ordinal);
        Assert.True(HeyGenWebhookSignature.IsValid(delivery.Body, delivery.Signature, endpoint.Secret!));
    }

    [Fact]
    public async Task A_failing_render_sends_avatar_video_fail()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateLinkedClient();
        var endpoint = await client.Webhooks.AddWebhookEndpointV1Async(new V1AddWebhookEndpointRequest { Url = receiver.Url, Events = ["avatar_video.fail"] });
        await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo("This one will not work."));
        var failing = (await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo("Please " + HeyGenEmulator.FailureMarker + " now."))).VideoId;

        emulator.FinishRenders();
        var delivery = await receiver.NextAsync();

        var failed = Assert.IsType<AvatarVideoFailEvent>(HeyGenWebhookReader.VerifyAndRead(delivery.Body, delivery.Signature, endpoint.Secret));
        Assert.Equal(failing, failed.EventData.VideoId);
        Assert.Contains("[[fail]]", failed.EventData.Msg, StringComparison.Ordinal);
        await emulator.DeliveryAsync(d => d.VideoId == failing);
        Assert.Single(emulator.WebhookDeliveries);
    }

    [Fact]
    public async Task A_callback_url_gets_the_event_unsigned_unless_a_callback_secret_is_configured()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync(o => o.CallbackSigningSecret = "whsec_callbacks");
        using var client = emulator.CreateLinkedClient();
        var request = TestEmulator.AvatarVideo();
        request.CallbackUrl = receiver.Url;
        await client.Videos.CreateVideoAsync(request);

        emulator.FinishRenders();
        var delivery = await receiver.NextAsync();

        Assert.IsType<AvatarVideoSuccessEvent>(HeyGenWebhookReader.VerifyAndRead(delivery.Body, delivery.Signature, "whsec_callbacks"));
    }

    [Fact]
    public async Task A_batch_callback_hears_once_when_every_item_finished()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync(o => o.ConcurrentJobLimit = 1);
        using var client = emulator.CreateLinkedClient();
        var batch = await client.Videos.CreateVideoBatchAsync(new CreateVideoBatchRequest
        {
            Videos = [TestEmulator.AvatarVideo("One."), TestEmulator.AvatarVideo("Two.")],
            CallbackUrl = receiver.Url,
        });

        emulator.FinishRenders();
        emulator.FinishRenders();
        var delivery = await receiver.NextAsync();

        var body = Encoding.UTF8.GetString(delivery.Body);
        Assert.Contains("\"event_type\":\"batch.finished\"", body, StringComparison.Ordinal);
        Assert.Contains(batch.BatchId, body, StringComparison.Ordinal);
        Assert.Contains("\"completed\":2", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_an_endpoint_stops_its_deliveries()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateLinkedClient();
        var removed = await client.Webhooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest { Url = new Uri(receiver.Url, "?removed") });
        var kept = await client.Webhooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest { Url = receiver.Url });
        await client.Webhooks.DeleteWebhookEndpointAsync(removed.EndpointId);
        await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo());

        emulator.FinishRenders();
        var delivery = await emulator.DeliveryAsync();

        Assert.Equal(kept.EndpointId, delivery.EndpointId);
        Assert.Single(emulator.WebhookDeliveries);
    }

    [Fact]
    public async Task Unknown_event_types_are_refused_naming_events()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Webhooks.AddWebhookEndpointV1Async(new V1AddWebhookEndpointRequest { Url = new Uri("https://example.org/h"), Events = ["video.exploded"] }));

        Assert.Equal("events", error.Parameter);
    }
}
