using HeyGen.Generator.Tests.Clients;
using HeyGen.Generator.Tests.Infrastructure;
using Xunit;

namespace HeyGen.Generator.Tests.ClientRuntime;

/// <summary>Envelopes: <c>data</c> is unwrapped; a failure code inside HTTP 200 (x-envelope-success-codes: [100]) is an Envelope error.</summary>
public sealed class EnvelopeTests
{
    [Fact]
    public async System.Threading.Tasks.Task Data_is_unwrapped_from_a_v3_envelope()
    {
        await using var server = await RecordingServer.JsonAsync("""{"data":{"id":"it_1","name":"Pen"}}""");
        using var client = ShopClients.Create(server);

        var item = await client.Items.GetItemAsync(1, "it_1");

        Assert.Equal("Pen", item.Name);
    }

    [Fact]
    public async System.Threading.Tasks.Task Success_code_in_a_v1_envelope_returns_data()
    {
        await using var server = await RecordingServer.JsonAsync("""{"code":100,"message":"Success","error":null,"data":{"id":"it_2","name":"Cup"}}""");
        using var client = ShopClients.Create(server);

        var item = await client.Items.CreateItemAsync(new NewItem { Name = "Cup" });

        Assert.Equal("it_2", item!.Id);
    }

    [Fact]
    public async System.Threading.Tasks.Task Failure_code_inside_http_200_is_an_envelope_error()
    {
        await using var server = await RecordingServer.JsonAsync("""{"code":101,"message":"Avatar not found","data":null}""");
        using var client = ShopClients.Create(server);

        var error = await Assert.ThrowsAsync<ShopApiException>(() => client.Items.CreateItemAsync(new NewItem { Name = "Cup" }));

        Assert.Equal(ShopErrorKind.Envelope, error.Kind);
        Assert.Equal(200, error.StatusCode);
        Assert.Equal("101", error.ErrorCode);
        Assert.Equal("Avatar not found", error.ErrorMessage);
        Assert.Equal("createItem", error.OperationId);
        Assert.Contains("Avatar not found", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async System.Threading.Tasks.Task Failure_code_is_detected_for_operations_without_a_result_too()
    {
        await using var server = await RecordingServer.JsonAsync("""{"code":400105,"message":"Item is locked","data":null}""");
        using var client = ShopClients.Create(server);

        var error = await Assert.ThrowsAsync<ShopApiException>(() => client.Items.FlagItemAsync(new FlagItemRequest { ItemId = "i" }));

        Assert.Equal(ShopErrorKind.Envelope, error.Kind);
        Assert.Equal("400105", error.ErrorCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Error_object_in_a_v3_error_response_is_read_fully()
    {
        await using var server = await RecordingServer.StartAsync(async (_, _, response) =>
        {
            response.Headers["X-Request-Id"] = "req_77";
            await RecordingServer.WriteJsonAsync(response, """{"error":{"code":"invalid_parameter","message":"Invalid 'limit'.","param":"limit","doc_url":"https://docs.example.test/errors#limit"}}""", 400);
        });
        using var client = ShopClients.Create(server);

        var error = await Assert.ThrowsAsync<ShopApiException>(() => client.Items.GetItemAsync(1, "x", limit: -1));

        Assert.Equal(ShopErrorKind.Http, error.Kind);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal("invalid_parameter", error.ErrorCode);
        Assert.Equal("limit", error.Parameter);
        Assert.Equal("https://docs.example.test/errors#limit", error.DocUrl);
        Assert.Equal("req_77", error.RequestId);
        Assert.Contains("Invalid 'limit'.", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async System.Threading.Tasks.Task Plain_json_without_an_envelope_is_returned_as_it_is()
    {
        await using var server = await RecordingServer.JsonAsync("""{"ok":true}""");
        using var client = ShopClients.Create(server);

        Assert.True((await client.Default.HealthAsync()).Ok);
    }

    [Fact]
    public async System.Threading.Tasks.Task Response_of_the_wrong_shape_is_an_invalid_response_error()
    {
        await using var server = await RecordingServer.JsonAsync("""{"data":{"id":"it_1"}}""");
        using var client = ShopClients.Create(server);

        var error = await Assert.ThrowsAsync<ShopApiException>(() => client.Items.GetItemAsync(1, "it_1"));

        Assert.Equal(ShopErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("'name'", error.Message, StringComparison.Ordinal);
    }
}
