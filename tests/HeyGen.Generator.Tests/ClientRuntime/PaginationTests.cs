using HeyGen.Generator.Tests.Infrastructure;
using Xunit;

namespace HeyGen.Generator.Tests.ClientRuntime;

/// <summary>token / next_token / has_more become an IAsyncEnumerable that requests pages as it goes.</summary>
public sealed class PaginationTests
{
    private static readonly string[] Pages =
    {
        """{"data":[{"id":"1","name":"a"},{"id":"2","name":"b"}],"has_more":true,"next_token":"t2"}""",
        """{"data":[{"id":"3","name":"c"}],"has_more":true,"next_token":"t3"}""",
        """{"data":[{"id":"4","name":"d"}],"has_more":false,"next_token":null}""",
    };

    [Fact]
    public async System.Threading.Tasks.Task Enumerates_every_page_in_order_passing_the_next_token()
    {
        await using var server = await RecordingServer.StartAsync((_, i, response) => RecordingServer.WriteJsonAsync(response, Pages[i]));
        using var client = ShopClients.Create(server);

        var ids = new List<string>();
        await foreach (var item in client.Items.EnumerateItemsAsync(limit: 2))
        {
            ids.Add(item.Id);
        }

        Assert.Equal(new[] { "1", "2", "3", "4" }, ids);
        Assert.Equal(new[] { "/v3/items?limit=2", "/v3/items?limit=2&token=t2", "/v3/items?limit=2&token=t3" }, server.Requests.Select(r => r.RawTarget));
    }

    [Fact]
    public async System.Threading.Tasks.Task Stops_when_has_more_is_false_even_with_a_next_token()
    {
        await using var server = await RecordingServer.JsonAsync("""{"data":[{"id":"1","name":"a"}],"has_more":false,"next_token":"ignored"}""");
        using var client = ShopClients.Create(server);

        var count = 0;
        await foreach (var item in client.Items.EnumerateItemsAsync())
        {
            count++;
        }

        Assert.Equal(1, count);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async System.Threading.Tasks.Task Stopping_the_enumeration_stops_the_requests()
    {
        await using var server = await RecordingServer.StartAsync((_, i, response) => RecordingServer.WriteJsonAsync(response, Pages[i]));
        using var client = ShopClients.Create(server);

        await foreach (var item in client.Items.EnumerateItemsAsync())
        {
            Assert.Equal("1", item.Id);
            break;
        }

        Assert.Single(server.Requests);
    }

    [Fact]
    public async System.Threading.Tasks.Task The_page_method_itself_returns_the_page()
    {
        await using var server = await RecordingServer.JsonAsync(Pages[0]);
        using var client = ShopClients.Create(server);

        var page = await client.Items.ListItemsAsync(token: "t1");

        Assert.Equal("t2", page.NextToken);
        Assert.True(page.HasMore);
        Assert.Equal(2, page.Data.Count);
        Assert.Equal("/v3/items?token=t1", server.Single.RawTarget);
    }
}
