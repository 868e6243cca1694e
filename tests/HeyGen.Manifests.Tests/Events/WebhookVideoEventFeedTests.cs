using System.Runtime.CompilerServices;
using HeyGen.Manifests.Events;

namespace HeyGen.Manifests.Tests.Events;

/// <summary>The adapter from verified webhook events to the renderer's <see cref="IVideoEventSource"/>, without HTTP.</summary>
public sealed class WebhookVideoEventFeedTests
{
    private static readonly WebhookEvent Success = new AvatarVideoSuccessEvent
    {
        EventData = new AvatarVideoSuccessEventData { VideoId = "v1", Url = new Uri("https://files.example/v1.mp4"), CallbackId = "hg:abc" },
    };

    private static readonly WebhookEvent Failure = new AvatarVideoFailEvent
    {
        EventData = new AvatarVideoFailEventData { VideoId = "v2", Msg = "avatar not found" },
    };

    private static readonly WebhookEvent Gif = new AvatarVideoGifSuccessEvent
    {
        EventData = new AvatarVideoGifSuccessEventData { VideoId = "v1" },
    };

    [Fact]
    public void Success_and_failure_webhooks_map_to_video_events_and_others_are_ignored()
    {
        var success = WebhookVideoEvents.From(Success)!;
        var failure = WebhookVideoEvents.From(Failure)!;

        Assert.True(success.Succeeded);
        Assert.Equal(("v1", "hg:abc"), (success.VideoId, success.CallbackId));
        Assert.False(failure.Succeeded);
        Assert.Equal(("v2", "avatar not found"), (failure.VideoId, failure.FailureMessage));
        Assert.Null(WebhookVideoEvents.From(Gif));
    }

    [Fact]
    public async Task The_feed_forwards_video_events_in_order_and_ends_with_the_stream()
    {
        await using var feed = WebhookVideoEventFeed.Start(Stream(new object[] { Success, Gif, Failure }));

        await feed.Completion;

        Assert.Equal((2, 1), (feed.Forwarded, feed.Ignored));
        Assert.Null(feed.Failure);
        Assert.True(await feed.Events.WaitToReadAsync(CancellationToken.None));
        Assert.Equal("v1", feed.Events.TryRead()!.VideoId);
        Assert.Equal("v2", feed.Events.TryRead()!.VideoId);
        Assert.Null(feed.Events.TryRead());
        Assert.False(await feed.Events.WaitToReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_failing_stream_ends_the_feed_and_says_why()
    {
        await using var feed = WebhookVideoEventFeed.Start(Stream(new object[] { Success, new InvalidOperationException("listener died") }));

        await feed.Completion;

        Assert.Equal("listener died", feed.Failure?.Message);
        Assert.Equal("v1", feed.Events.TryRead()!.VideoId);
        Assert.False(await feed.Events.WaitToReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Disposing_the_feed_stops_reading_and_ends_its_events()
    {
        var neverEnds = new TaskCompletionSource<bool>();
        var feed = WebhookVideoEventFeed.Start(Stream(new object[] { Success, neverEnds.Task }));
        Assert.True(await feed.Events.WaitToReadAsync(CancellationToken.None));

        await feed.DisposeAsync();

        Assert.Equal("v1", feed.Events.TryRead()!.VideoId);
        Assert.False(await feed.Events.WaitToReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_cancelled_wait_consumes_nothing()
    {
        var channel = new VideoEventChannel();
        using var cancel = new CancellationTokenSource();
        var wait = channel.WaitToReadAsync(cancel.Token);

        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        channel.TryWrite(VideoEvent.Success("v9"));
        channel.Complete();

        Assert.False(channel.TryWrite(VideoEvent.Success("too-late")));
        Assert.True(await channel.WaitToReadAsync(CancellationToken.None));
        Assert.Equal("v9", channel.TryRead()!.VideoId);
        Assert.False(await channel.WaitToReadAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8085/", "127.0.0.1", 8085, "/")]
    [InlineData("http://localhost:9000", "localhost", 9000, "/")]
    [InlineData("http://+:8085/heygen/webhook/", "+", 8085, "/heygen/webhook/")]
    [InlineData("http://*:0/hooks", "*", 0, "/hooks")]
    public void Listen_prefixes_become_receiver_options(string prefix, string host, int port, string path)
    {
        var options = WebhookListenPrefix.Parse(prefix, "s3cret");

        Assert.Equal((host, port, path, "s3cret"), (options.Host, options.Port, options.Path, options.Secret));
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://127.0.0.1:8443/")]
    [InlineData("http://127.0.0.1/")]
    [InlineData("127.0.0.1:8085")]
    [InlineData("http://127.0.0.1:8085/?token=1")]
    public void Malformed_listen_prefixes_are_refused(string prefix) =>
        Assert.Throws<FormatException>(() => WebhookListenPrefix.Parse(prefix, "s3cret"));

    /// <summary>Yields the events, throws the exceptions and waits for the tasks, in order.</summary>
    private static async IAsyncEnumerable<WebhookEvent> Stream(object[] items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case WebhookEvent webhookEvent:
                    yield return webhookEvent;
                    break;
                case Exception exception:
                    await Task.Yield();
                    throw exception;
                case Task wait:
                    await wait.WaitAsync(cancellationToken);
                    break;
            }
        }
    }
}
