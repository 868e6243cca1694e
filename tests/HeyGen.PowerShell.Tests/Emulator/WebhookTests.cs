using System.Net;
using System.Text;
using HeyGen.Automation;
using HeyGen.PowerShell.Tests.Support;

namespace HeyGen.PowerShell.Tests.Emulator;

/// <summary>
/// The Automation layer behind the webhook cmdlets: endpoints over real HTTP against the emulator, signatures, and
/// Wait-HeyGenWebhookEvent's receiver taking real deliveries from the emulator (and refusing a tampered one).
/// </summary>
public sealed class WebhookTests : IClassFixture<LiveEmulatorSession>
{
    private readonly LiveEmulatorSession _fixture;

    public WebhookTests(LiveEmulatorSession fixture)
    {
        _fixture = fixture;
        _fixture.Emulator.Reset();
    }

    private WebhookService Service => new(_fixture.Session.Client);

    [Fact]
    public async Task Register_list_and_unregister_an_endpoint()
    {
        var endpoint = await Service.RegisterAsync("https://hooks.example.com/heygen/", new[] { "AVATAR_VIDEO.SUCCESS" }, null, CancellationToken.None);
        Assert.StartsWith("we_", endpoint.EndpointId, StringComparison.Ordinal);
        Assert.Equal(new[] { "avatar_video.success" }, endpoint.Events);
        Assert.NotNull(endpoint.Secret);
        Assert.False(string.IsNullOrEmpty(SecretText.Reveal(endpoint.Secret!)));

        var sink = new RecordingSink();
        OperationRunner.Run((channel, token) => Service.ListAsync(new[] { endpoint.EndpointId, "we_missing" }, channel, token), sink, CancellationToken.None);
        var listed = Assert.IsType<HeyGenWebhookEndpoint>(Assert.Single(sink.Output));
        Assert.Null(listed.Secret);
        var missing = Assert.Single(sink.Errors);
        Assert.Equal(("HeyGen.NotFound", "we_missing"), (missing.ErrorId, missing.TargetObject));

        Assert.True((await Service.RemoveAsync(endpoint.EndpointId, CancellationToken.None)).Deleted);
        var after = new RecordingSink();
        OperationRunner.Run((channel, token) => Service.ListAsync(null, channel, token), after, CancellationToken.None);
        Assert.Empty(after.Output);
    }

    [Fact]
    public async Task Bad_urls_and_event_types_are_refused_before_anything_is_sent()
    {
        Assert.Equal("Url", (await Assert.ThrowsAsync<ArgumentException>(() => Service.RegisterAsync("ftp://x/", null, null, CancellationToken.None))).ParamName);
        Assert.Equal("Event", (await Assert.ThrowsAsync<ArgumentException>(() => Service.RegisterAsync("https://x/", new[] { "video.done" }, null, CancellationToken.None))).ParamName);
    }

    [Fact]
    public void Signatures_verify_and_a_tampered_body_does_not()
    {
        const string secret = "whsec_test";
        var body = "{\"event_type\":\"avatar_video.success\",\"event_data\":{\"video_id\":\"v1\",\"url\":\"https://x/v1.mp4\"}}";
        var signature = HeyGenWebhookSignature.Compute(Encoding.UTF8.GetBytes(body), secret);
        Assert.True(WebhookService.IsValid(body, signature, secret));
        Assert.True(WebhookService.IsValid(Encoding.UTF8.GetBytes(body), signature.ToUpperInvariant(), secret));
        Assert.False(WebhookService.IsValid(body.Replace("v1", "v2", StringComparison.Ordinal), signature, secret));
        Assert.False(WebhookService.IsValid(body, signature, "another"));
        Assert.False(WebhookService.IsValid(body, null, secret));
    }

    [Fact]
    public void The_secret_comes_from_the_parameter_else_the_environment()
    {
        Assert.Equal("given", WebhookService.ResolveSecret(SecretText.Protect("given"), _ => "env"));
        Assert.Equal("env", WebhookService.ResolveSecret(null, name => name == WebhookService.SecretVariable ? "env" : null));
        var none = Assert.Throws<ArgumentException>(() => WebhookService.ResolveSecret(null, _ => null));
        Assert.Contains(WebhookService.SecretVariable, none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_receiver_emits_a_verified_delivery_from_the_emulator_and_refuses_a_tampered_one()
    {
        var url = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sink = new RecordingSink();
        var client = _fixture.Session.Client;

        // The receiver learns its secret from the registration, which needs its URL: register first on a known port.
        var port = FreePort();
        var registered = await Service.RegisterAsync("http://localhost:" + port + "/heygen/webhook/", new[] { "avatar_video.success", "avatar_video.fail" }, null, CancellationToken.None);
        var spec = new WebhookListenSpec { Port = port, Secret = SecretText.Reveal(registered.Secret!), Count = 1, Timeout = TimeSpan.FromSeconds(60), OnListening = u => url.TrySetResult(u) };

        var listening = Task.Run(() => OperationRunner.Run((channel, token) => WebhookEventListener.ListenAsync(spec, channel, token), sink, CancellationToken.None));
        var receiverUrl = await url.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // A tampered delivery is answered 401 and only warned about.
        using (var http = new HttpClient())
        {
            var body = "{\"event_type\":\"avatar_video.success\",\"event_data\":{\"video_id\":\"forged\",\"url\":\"https://x/f.mp4\"}}";
            using var forged = new HttpRequestMessage(HttpMethod.Post, receiverUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            forged.Headers.TryAddWithoutValidation("Signature", new string('0', 64));
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(forged)).StatusCode);
        }

        // A real render: the emulator signs and delivers avatar_video.success to the endpoint.
        var voice = (await new CatalogService(client).GetVoicesAsync(new CatalogFilter(), CancellationToken.None))[0].VoiceId;
        var video = await new VideoService(client).CreateAsync(new VideoRequestSpec { AvatarId = "Daisy-inskirt-20220818", VoiceId = voice, Script = "Webhook test.", CallbackId = "cb-1" }, CancellationToken.None);

        Assert.Equal(1, await listening.WaitAsync(TimeSpan.FromSeconds(60)));
        var received = Assert.IsType<HeyGenWebhookEvent>(Assert.Single(sink.Output));
        Assert.Equal(("avatar_video.success", video.VideoId, "cb-1"), (received.EventType, received.VideoId, received.CallbackId));
        Assert.True(received.Succeeded);
        Assert.IsType<AvatarVideoSuccessEvent>(received.Event);
        Assert.Contains(sink.Warnings, w => w.StartsWith("Refused a webhook delivery: 401", StringComparison.Ordinal));
        Assert.Contains(sink.Progress, p => p.Activity == WebhookEventListener.Activity && p.Status.StartsWith("1 of 1 events received", StringComparison.Ordinal));
        Assert.True(sink.Progress.Last().Completed);
        Assert.Contains(_fixture.Emulator.WebhookDeliveries, d => d.VideoId == video.VideoId && d.Signature is not null && d.Succeeded);
    }

    [Fact]
    public async Task A_tampered_delivery_is_a_warning_and_Count_not_reached_within_the_timeout_is_an_OperationTimeout()
    {
        var url = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sink = new RecordingSink();
        var spec = new WebhookListenSpec { Port = 0, Secret = "whsec_local", Count = 1, Timeout = TimeSpan.FromSeconds(2), OnListening = u => url.TrySetResult(u) };
        var listening = Task.Run(() => OperationRunner.Run((channel, token) => WebhookEventListener.ListenAsync(spec, channel, token), sink, CancellationToken.None));

        var target = await url.Task.WaitAsync(TimeSpan.FromSeconds(10));
        using (var http = new HttpClient())
        {
            var body = Encoding.UTF8.GetBytes("{\"event_type\":\"avatar_video.fail\",\"event_data\":{\"video_id\":\"v\",\"msg\":\"boom\"}}");
            var signature = HeyGenWebhookSignature.Compute(body, "whsec_local");
            body[^3] = (byte)'X';
            using var tampered = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
            tampered.Headers.TryAddWithoutValidation("Signature", signature);
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(tampered)).StatusCode);
        }

        var timeout = await Assert.ThrowsAsync<TimeoutException>(() => listening);
        Assert.Contains(sink.Warnings, w => w.Contains("does not match the body", StringComparison.Ordinal));
        Assert.Equal(HeyGenErrorCategory.OperationTimeout, ErrorMapper.Map(timeout, 0).Category);
        Assert.Contains("0 of 1", timeout.Message, StringComparison.Ordinal);
        Assert.Empty(sink.Output);
        Assert.True(sink.Progress.Last().Completed);
    }

    [Fact]
    public async Task Without_Count_the_timeout_ends_the_wait_normally()
    {
        var spec = new WebhookListenSpec { Port = 0, Secret = "s", Timeout = TimeSpan.FromMilliseconds(300) };
        Assert.Equal(0, await Task.Run(() => OperationRunner.Run((channel, token) => WebhookEventListener.ListenAsync(spec, channel, token), new RecordingSink(), CancellationToken.None)));
    }

    [Fact]
    public async Task Ctrl_C_cancels_the_wait()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var spec = new WebhookListenSpec { Port = 0, Secret = "s" };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Run(() => OperationRunner.Run((channel, token) => WebhookEventListener.ListenAsync(spec, channel, token), new RecordingSink(), stop.Token)));
    }

    [Fact]
    public void Webhook_errors_map_to_security_and_port_errors()
    {
        var rejected = ErrorMapper.Map(new HeyGenWebhookException("bad signature"), "delivery");
        Assert.Equal(("HeyGen.WebhookRejected", HeyGenErrorCategory.SecurityError), (rejected.ErrorId, rejected.Category));
        var port = ErrorMapper.Map(new HttpListenerException(98, "Address already in use"), 8080);
        Assert.Equal(("HeyGen.WebhookPortUnavailable", HeyGenErrorCategory.ResourceUnavailable), (port.ErrorId, port.Category));
        Assert.Contains("-Port", port.RecommendedAction, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
