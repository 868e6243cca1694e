using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Api;

/// <summary>Cursor pagination across pages, through the client's IAsyncEnumerable helpers, with filters.</summary>
public sealed class PaginationTests
{
    [Fact]
    public async Task Enumerating_videos_walks_every_page_newest_first()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.ConcurrentJobLimit = 10);
        using var client = emulator.CreateClient();
        var created = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            created.Add((await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo("Video " + i, "scene-" + i))).VideoId);
        }

        var listed = new List<string>();
        await foreach (var video in client.Videos.EnumerateVideosAsync(limit: 3))
        {
            listed.Add(video.Id);
        }

        created.Reverse();
        Assert.Equal(created, listed);
        Assert.Equal(3, emulator.Accounting.Requests("listVideos"));
    }

    [Fact]
    public async Task The_title_filter_finds_a_video_by_substring()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo("A", "intro [rk:1a2b3c]"));
        var wanted = (await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo("B", "tour [rk:9f8e7d]"))).VideoId;

        var page = await client.Videos.ListVideosAsync(title: "rk:9f8e7d");

        Assert.Equal(wanted, Assert.Single(page.Data).Id);
    }

    [Fact]
    public async Task A_token_from_another_query_is_refused()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        var voices = await client.Voices.ListVoicesAsync(limit: 2);

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Videos.ListVideosAsync(token: voices.NextToken));

        Assert.Equal("token", error.Parameter);
    }

    [Fact]
    public async Task Voices_avatars_and_endpoints_enumerate_completely()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await client.Webhooks.CreateWebhookEndpointAsync(new CreateWebhookEndpointRequest { Url = new Uri("https://example.org/hook/" + i) });
        }

        var voices = await Collect(client.Voices.EnumerateVoicesAsync(limit: 5));
        var looks = await Collect(client.Avatars.EnumerateAvatarLooksAsync(limit: 3));
        var groups = await Collect(client.Avatars.EnumerateAvatarGroupsAsync(limit: 4));
        var endpoints = await Collect(client.Webhooks.EnumerateWebhookEndpointsAsync(limit: 2));
        var english = await Collect(client.Voices.EnumerateVoicesAsync(language: "english", gender: "male"));

        Assert.Equal(14, voices.Select(v => v.VoiceId).Distinct().Count());
        Assert.Equal(10, looks.Count);
        Assert.Equal(6, groups.Count);
        Assert.Equal(3, endpoints.Count);
        Assert.All(english, v => Assert.Equal("male", v.Gender));
        Assert.Equal(2, english.Count);
    }

    private static async Task<List<T>> Collect<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
