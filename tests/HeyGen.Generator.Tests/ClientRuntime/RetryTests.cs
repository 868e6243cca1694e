using HeyGen.Generator.Tests.Clients;
using HeyGen.Generator.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace HeyGen.Generator.Tests.ClientRuntime;

/// <summary>Which failures are retried, how long the client waits (read from a recording clock), and that a retried POST keeps its idempotency key.</summary>
public sealed class RetryTests
{
    private const string ItemJson = """{"data":{"id":"it_1","name":"Pen"}}""";
    private const string CreatedJson = """{"code":100,"data":{"id":"it_1","name":"Pen"}}""";

    private static Func<RecordedRequest, int, HttpResponse, System.Threading.Tasks.Task> FailThenSucceed(int failures, int status, string success, string? retryAfter = null) =>
        async (_, i, response) =>
        {
            if (i < failures)
            {
                if (retryAfter is not null)
                {
                    response.Headers.RetryAfter = retryAfter;
                }

                await RecordingServer.WriteJsonAsync(response, """{"error":{"code":"busy","message":"try later"}}""", status);
                return;
            }

            await RecordingServer.WriteJsonAsync(response, success);
        };

    [Fact]
    public async System.Threading.Tasks.Task Status_429_is_retried_after_the_retry_after_delay()
    {
        var clock = new RecordingTimeProvider();
        await using var server = await RecordingServer.StartAsync(FailThenSucceed(1, 429, ItemJson, retryAfter: "7"));
        using var client = ShopClients.Create(server, clock);

        var item = await client.Items.GetItemAsync(1, "it_1");

        Assert.Equal("it_1", item.Id);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(new[] { TimeSpan.FromSeconds(7) }, clock.Delays.Where(d => d > TimeSpan.Zero));
    }

    [Fact]
    public async System.Threading.Tasks.Task Status_429_is_retried_for_post_too()
    {
        await using var server = await RecordingServer.StartAsync(FailThenSucceed(1, 429, CreatedJson, retryAfter: "0"));
        using var client = ShopClients.Create(server);

        await client.Items.CreateItemAsync(new NewItem { Name = "Pen" });

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async System.Threading.Tasks.Task Retry_after_beyond_the_cap_fails_with_the_servers_advice()
    {
        await using var server = await RecordingServer.StartAsync(FailThenSucceed(1, 429, ItemJson, retryAfter: "3600"));
        using var client = ShopClients.Create(server);

        var error = await Assert.ThrowsAsync<ShopApiException>(() => client.Items.GetItemAsync(1, "it_1"));

        Assert.Equal(429, error.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Contains("Retry after 3600 s", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async System.Threading.Tasks.Task Get_500_is_retried_with_backoff()
    {
        var clock = new RecordingTimeProvider();
        await using var server = await RecordingServer.StartAsync(FailThenSucceed(2, 500, ItemJson));
        using var client = ShopClients.Create(server, clock);

        await client.Items.GetItemAsync(1, "it_1");

        Assert.Equal(3, server.Requests.Count);
        var waits = clock.Delays.Where(d => d > TimeSpan.Zero).ToList();
        Assert.Equal(2, waits.Count);
        Assert.All(waits, w => Assert.InRange(w, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(10)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Retries_stop_after_max_retries()
    {
        await using var server = await RecordingServer.StartAsync(FailThenSucceed(100, 503, ItemJson));
        using var client = ShopClients.Create(server, maxRetries: 2);

        var error = await Assert.ThrowsAsync<ShopApiException>(() => client.Items.GetItemAsync(1, "it_1"));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async System.Threading.Tasks.Task Post_500_is_not_retried()
    {
        await using var server = await RecordingServer.StartAsync(FailThenSucceed(1, 500, """{"ok":true}"""));
        using var client = ShopClients.Create(server);

        var error = await Assert.ThrowsAsync<ShopApiException>(() => client.Items.FlagItemAsync(new FlagItemRequest { ItemId = "i" }));

        Assert.Equal(ShopErrorKind.Http, error.Kind);
        Assert.Equal(500, error.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async System.Threading.Tasks.Task Post_with_an_idempotency_key_is_retried_with_the_same_key()
    {
        await using var server = await RecordingServer.StartAsync(FailThenSucceed(2, 502, CreatedJson));
        using var client = ShopClients.Create(server);

        await client.Items.CreateItemAsync(new NewItem { Name = "Pen" }, idempotencyKey: "order-42");

        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("order-42", r.Header("Idempotency-Key")));
        Assert.All(server.Requests, r => Assert.Equal("""{"name":"Pen"}""", r.BodyText));
    }

    [Fact]
    public async System.Threading.Tasks.Task Post_with_an_idempotency_header_gets_one_generated_key_for_all_attempts()
    {
        await using var server = await RecordingServer.StartAsync(FailThenSucceed(1, 500, CreatedJson));
        using var client = ShopClients.Create(server);

        await client.Items.CreateItemAsync(new NewItem { Name = "Pen" });

        Assert.Equal(2, server.Requests.Count);
        var key = server.Requests[0].Header("Idempotency-Key");
        Assert.False(string.IsNullOrEmpty(key));
        Assert.Equal(key, server.Requests[1].Header("Idempotency-Key"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Uploads_are_rewound_and_resent_on_retry()
    {
        await using var server = await RecordingServer.StartAsync(FailThenSucceed(1, 429, """{"data":{"file_id":"f","size":2}}""", retryAfter: "0"));
        using var client = ShopClients.Create(server);
        using var content = new MemoryStream(new byte[] { 7, 8 });

        await client.Files.UploadRawAsync(content, "image/png");

        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal(new byte[] { 7, 8 }, r.Body));
    }

    [Fact]
    public async System.Threading.Tasks.Task Transport_faults_on_get_are_retried_then_reported()
    {
        // A port with nothing listening: every attempt is refused.
        await using var server = await RecordingServer.JsonAsync("{}");
        var options = ShopClients.Options(server, maxRetries: 1);
        options.BaseAddress = new Uri("http://127.0.0.1:1/");
        using var client = new ShopClient(options);

        var error = await Assert.ThrowsAsync<ShopApiException>(() => client.Items.GetItemAsync(1, "x"));

        Assert.Equal(ShopErrorKind.Transport, error.Kind);
        Assert.True(error.IsTransient);
    }
}
