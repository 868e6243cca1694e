using HeyGen.Generator.Tests.Clients;
using HeyGen.Generator.Tests.Infrastructure;
using Xunit;

namespace HeyGen.Generator.Tests.ClientRuntime;

/// <summary>Parameters and JSON bodies arrive at the server exactly as the document describes them.</summary>
public sealed class RequestShapeTests
{
    private const string ItemJson = """{"data":{"id":"it_1","name":"Pen","price":1.5}}""";

    [Fact]
    public async System.Threading.Tasks.Task Path_query_and_header_parameters_are_sent_as_declared()
    {
        await using var server = await RecordingServer.JsonAsync(ItemJson);
        using var client = ShopClients.Create(server);

        var item = await client.Items.GetItemAsync(42, "a/b c", fields: new[] { "name", "price" }, ids: new long[] { 1, 2, 3 }, sort: SortOrder.Desc, limit: 5, xTrace: "trace-1", xPageSize: 20);

        var request = server.Single;
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1/stores/42/items/a%2Fb%20c?fields=name&fields=price&ids=1,2,3&sort=desc&limit=5", request.RawTarget);
        Assert.Equal("trace-1", request.Header("X-Trace"));
        Assert.Equal("20", request.Header("X-Page-Size"));
        Assert.Equal(ShopClients.ApiKey, request.Header("X-Api-Key"));
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.Empty(request.Body);
        Assert.Equal("it_1", item.Id);
        Assert.Equal(1.5, item.Price);
    }

    [Fact]
    public async System.Threading.Tasks.Task Optional_parameters_left_out_are_not_sent()
    {
        await using var server = await RecordingServer.JsonAsync(ItemJson);
        using var client = ShopClients.Create(server);

        await client.Items.GetItemAsync(7, "x");

        var request = server.Single;
        Assert.Equal("/v1/stores/7/items/x", request.RawTarget);
        Assert.Null(request.Header("X-Trace"));
        Assert.Null(request.Header("X-Page-Size"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Unknown_enum_values_are_sent_as_they_are()
    {
        await using var server = await RecordingServer.JsonAsync(ItemJson);
        using var client = ShopClients.Create(server);

        await client.Items.GetItemAsync(1, "x", sort: new SortOrder("random"));

        Assert.Equal("/v1/stores/1/items/x?sort=random", server.Single.RawTarget);
    }

    [Fact]
    public async System.Threading.Tasks.Task Json_body_is_sent_as_utf8_json()
    {
        await using var server = await RecordingServer.JsonAsync("""{"code":100,"message":"ok","data":{"id":"it_9","name":"Pen"}}""");
        using var client = ShopClients.Create(server);

        var created = await client.Items.CreateItemAsync(new NewItem { Name = "Pen «β»", Price = 2.25 });

        var request = server.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/items", request.Path);
        Assert.Equal("application/json; charset=utf-8", request.Header("Content-Type"));
        // The writer escapes non-ASCII text (System.Text.Json's default, safe encoder).
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes("""{"name":"Pen \u00AB\u03B2\u00BB","price":2.25}"""), request.Body);
        Assert.Equal("it_9", created!.Id);
    }

    [Fact]
    public async System.Threading.Tasks.Task Json_body_leaves_unset_optional_members_out()
    {
        await using var server = await RecordingServer.JsonAsync("""{"code":100,"data":null}""");
        using var client = ShopClients.Create(server);

        var created = await client.Items.CreateItemAsync(new NewItem { Name = "Pen" });

        Assert.Equal("""{"name":"Pen"}""", server.Single.BodyText);
        Assert.Null(created);
    }

    [Fact]
    public async System.Threading.Tasks.Task Operations_without_security_send_no_key_and_need_none()
    {
        await using var server = await RecordingServer.JsonAsync("""{"ok":true}""");
        using var client = ShopClients.Create(server, apiKey: null);
        client.Options.ApiKeyEnvironmentVariable = "SHOP_TEST_KEY_THAT_IS_NEVER_SET";

        var health = await client.Default.HealthAsync();

        Assert.True(health.Ok);
        Assert.Null(server.Single.Header("X-Api-Key"));
    }

    [Fact]
    public async System.Threading.Tasks.Task User_agent_names_the_generator_and_the_client()
    {
        await using var server = await RecordingServer.JsonAsync("""{"ok":true}""");
        using var client = ShopClients.Create(server);

        await client.Default.HealthAsync();

        Assert.StartsWith("HeyGen.Generator/", server.Single.Header("User-Agent"), StringComparison.Ordinal);
        Assert.Contains("ShopClient", server.Single.Header("User-Agent"), StringComparison.Ordinal);
    }
}
