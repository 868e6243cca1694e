using HeyGen.Generator.Tests.Clients;
using HeyGen.Generator.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace HeyGen.Generator.Tests.ClientRuntime;

/// <summary>Failures read well, and credentials never appear in messages or in the options' text.</summary>
public sealed class ErrorReportingTests
{
    [Fact]
    public async System.Threading.Tasks.Task Html_error_page_becomes_a_readable_message()
    {
        await using var server = await RecordingServer.StartAsync(async (_, _, response) =>
        {
            response.StatusCode = 502;
            response.ContentType = "text/html";
            await response.WriteAsync("<html><head><title>502</title></head><body>\n  <h1>Bad   Gateway</h1>\n<p>The upstream is down.</p></body></html>");
        });
        using var client = ShopClients.Create(server, maxRetries: 0);

        var error = await Assert.ThrowsAsync<ShopApiException>(() => client.Items.GetItemAsync(1, "x"));

        Assert.Equal(502, error.StatusCode);
        Assert.Equal("502 Bad Gateway The upstream is down.", error.ErrorMessage);
        Assert.DoesNotContain("<", error.Message, StringComparison.Ordinal);
        Assert.Contains("Shop Test API returned HTTP 502 for GET /v1/stores/1/items/x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Html_in_a_200_response_is_an_invalid_response_error()
    {
        await using var server = await RecordingServer.StartAsync(async (_, _, response) =>
        {
            response.ContentType = "text/html";
            await response.WriteAsync("<p>Maintenance</p>");
        });
        using var client = ShopClients.Create(server);

        var error = await Assert.ThrowsAsync<ShopApiException>(() => client.Items.GetItemAsync(1, "x"));

        Assert.Equal(ShopErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("Maintenance", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Api_key_echoed_by_the_server_is_redacted_from_the_exception()
    {
        await using var server = await RecordingServer.StartAsync((request, _, response) =>
            RecordingServer.WriteJsonAsync(response, "{\"error\":{\"code\":\"authentication_failed\",\"message\":\"Invalid key " + request.Header("X-Api-Key") + "\"}}", 401));
        using var client = ShopClients.Create(server);

        var error = await Assert.ThrowsAsync<ShopApiException>(() => client.Items.GetItemAsync(1, "x"));

        Assert.Equal(ShopClients.ApiKey, server.Single.Header("X-Api-Key"));
        Assert.DoesNotContain(ShopClients.ApiKey, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ShopClients.ApiKey, error.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(ShopClients.ApiKey, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Invalid key ***", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Api_key_in_a_non_json_error_body_is_redacted_too()
    {
        await using var server = await RecordingServer.StartAsync(async (request, _, response) =>
        {
            response.StatusCode = 403;
            response.ContentType = "text/plain";
            await response.WriteAsync("Forbidden for key=" + request.Header("X-Api-Key"));
        });
        using var client = ShopClients.Create(server);

        var error = await Assert.ThrowsAsync<ShopApiException>(() => client.Items.GetItemAsync(1, "x"));

        Assert.DoesNotContain(ShopClients.ApiKey, error.Message, StringComparison.Ordinal);
        Assert.Contains("key=***", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_text_never_shows_credentials()
    {
        var options = new ShopClientOptions { ApiKey = ShopClients.ApiKey, BearerToken = "bearer-secret-123" };

        var text = options.ToString();

        Assert.DoesNotContain(ShopClients.ApiKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain("bearer-secret-123", text, StringComparison.Ordinal);
        Assert.Contains("ApiKey=***", text, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Missing_api_key_is_a_configuration_error_naming_the_environment_variable()
    {
        Assert.Null(Environment.GetEnvironmentVariable("SHOP_TEST_API_KEY"));
        await using var server = await RecordingServer.JsonAsync("{}");
        using var client = ShopClients.Create(server, apiKey: null);

        var error = await Assert.ThrowsAsync<ShopApiException>(() => client.Items.GetItemAsync(1, "x"));

        Assert.Equal(ShopErrorKind.Configuration, error.Kind);
        Assert.Equal("SHOP_TEST_API_KEY", client.Options.ApiKeyEnvironmentVariable);
        Assert.Contains("SHOP_TEST_API_KEY", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async System.Threading.Tasks.Task Bearer_token_is_sent_instead_of_the_key()
    {
        await using var server = await RecordingServer.JsonAsync("""{"data":{"id":"1","name":"n"}}""");
        var options = ShopClients.Options(server, apiKey: null);
        options.BearerToken = "tok_1";
        using var client = new ShopClient(options);

        await client.Items.GetItemAsync(1, "x");

        Assert.Equal("Bearer tok_1", server.Single.Header("Authorization"));
        Assert.Null(server.Single.Header("X-Api-Key"));
    }
}
