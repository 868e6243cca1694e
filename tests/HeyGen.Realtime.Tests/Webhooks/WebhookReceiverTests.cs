using System.Net;
using System.Text;
using HeyGen.Realtime.Tests.Infrastructure;

namespace HeyGen.Realtime.Tests.Webhooks;

/// <summary>The script-side webhook receiver: real signed deliveries from the emulator, and forged ones refused.</summary>
public sealed class WebhookReceiverTests
{
    private const string Secret = "whsec_test_secret";

    private static readonly byte[] SuccessEvent = Encoding.UTF8.GetBytes(
        """{"event_type":"avatar_video.success","event_data":{"video_id":"4c8a1f0e2b7d49e6a3c5d7f9b1e3a5c7","url":"https://files.example/v.mp4","callback_id":"order-1234"}}""");

    [Fact]
    public async Task A_registered_receiver_yields_the_emulators_signed_event_as_a_typed_event()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        await using var receiver = HeyGenWebhookReceiver.Start(new HeyGenWebhookReceiverOptions());
        var endpoint = await client.Webhooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest { Url = receiver.Url, Events = [WebhookEventType.AvatarVideoSuccess] });
        receiver.Secret = endpoint.Secret!;

        var video = await client.Videos.CreateVideoAsync(new CreateVideoFromAvatar { AvatarId = TestEmulator.DaisyLook, VoiceId = TestEmulator.Voice, Script = "Webhooks, please." });
        emulator.ManualClock().Advance(emulator.Options.QueueTime + emulator.Options.ProcessingTime);
        using var patience = new CancellationTokenSource(TestEmulator.Patience);
        var received = await receiver.WaitForEventAsync(e => e is AvatarVideoSuccessEvent, patience.Token);

        var success = Assert.IsType<AvatarVideoSuccessEvent>(received);
        Assert.Equal(video.VideoId, success.EventData.VideoId);
        Assert.Empty(receiver.Rejections);
    }

    [Fact]
    public async Task A_tampered_delivery_is_refused_with_401_and_never_yielded()
    {
        await using var receiver = HeyGenWebhookReceiver.Start(new HeyGenWebhookReceiverOptions { Secret = Secret });
        using var http = new HttpClient();
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(SuccessEvent).Replace("order-1234", "order-9999", StringComparison.Ordinal));

        var forged = await PostAsync(http, receiver.Url, tampered, HeyGenWebhookSignature.Compute(SuccessEvent, Secret));
        var genuine = await PostAsync(http, receiver.Url, SuccessEvent, HeyGenWebhookSignature.Compute(SuccessEvent, Secret));
        using var patience = new CancellationTokenSource(TestEmulator.Patience);
        var first = await receiver.WaitForEventAsync(cancellationToken: patience.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, forged);
        Assert.Equal(HttpStatusCode.OK, genuine);
        Assert.Equal("order-1234", Assert.IsType<AvatarVideoSuccessEvent>(first).EventData.CallbackId);
        var rejection = Assert.Single(receiver.Rejections);
        Assert.Equal(401, rejection.StatusCode);
        Assert.Contains("does not match", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsigned_wrongly_keyed_and_unknown_deliveries_are_refused_for_their_own_reasons()
    {
        await using var receiver = HeyGenWebhookReceiver.Start(new HeyGenWebhookReceiverOptions { Secret = Secret });
        using var http = new HttpClient();
        var unknown = Encoding.UTF8.GetBytes("""{"event_type":"not_a_heygen_event","event_data":{}}""");

        var statuses = new[]
        {
            await PostAsync(http, receiver.Url, SuccessEvent, signature: null),
            await PostAsync(http, receiver.Url, SuccessEvent, HeyGenWebhookSignature.Compute(SuccessEvent, "another-secret")),
            await PostAsync(http, receiver.Url, unknown, HeyGenWebhookSignature.Compute(unknown, Secret)),
            await PostAsync(http, new Uri(receiver.Url, "deeper/"), SuccessEvent, HeyGenWebhookSignature.Compute(SuccessEvent, Secret)),
            await PostAsync(http, new Uri(receiver.Url, "/elsewhere/"), SuccessEvent, HeyGenWebhookSignature.Compute(SuccessEvent, Secret)),
            (await http.GetAsync(receiver.Url)).StatusCode,
        };

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed], statuses);

        Assert.Equal([401, 401, 400, 404, 404, 405], receiver.Rejections.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Until_the_secret_is_known_every_delivery_is_refused()
    {
        await using var receiver = HeyGenWebhookReceiver.Start(new HeyGenWebhookReceiverOptions());
        using var http = new HttpClient();

        var status = await PostAsync(http, receiver.Url, SuccessEvent, HeyGenWebhookSignature.Compute(SuccessEvent, Secret));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("no signing secret", Assert.Single(receiver.Rejections).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_ends_the_event_stream_after_the_events_already_received()
    {
        var receiver = HeyGenWebhookReceiver.Start(new HeyGenWebhookReceiverOptions { Secret = Secret });
        using var http = new HttpClient();
        await PostAsync(http, receiver.Url, SuccessEvent, HeyGenWebhookSignature.Compute(SuccessEvent, Secret));

        await receiver.StopAsync();
        var events = new List<WebhookEvent>();
        await foreach (var e in receiver.ReadEventsAsync().WithCancellation(new CancellationTokenSource(TestEmulator.Patience).Token))
        {
            events.Add(e);
        }

        Assert.Single(events);
        Assert.False(receiver.IsListening);
        await Assert.ThrowsAsync<InvalidOperationException>(() => receiver.WaitForEventAsync());
        await receiver.DisposeAsync();
    }

    [Fact]
    public async Task Disposing_while_a_reader_waits_ends_the_reader_instead_of_hanging()
    {
        var receiver = HeyGenWebhookReceiver.Start(new HeyGenWebhookReceiverOptions { Secret = Secret });
        var reader = receiver.ReadEventsAsync().GetAsyncEnumerator();
        var waiting = reader.MoveNextAsync().AsTask();
        Assert.False(waiting.IsCompleted);

        await receiver.DisposeAsync();

        // The guard only turns a hang into a failure; the reader ends as soon as the receiver is disposed.
        Assert.False(await waiting.WaitAsync(TestEmulator.Patience));
        await reader.DisposeAsync();
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, Uri url, byte[] body, string? signature)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(HeyGenWebhookSignature.HeaderName, signature);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
