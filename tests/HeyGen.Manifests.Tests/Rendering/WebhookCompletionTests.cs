using HeyGen.Emulator;
using HeyGen.Manifests.Events;
using HeyGen.Manifests.Rendering;
using HeyGen.Manifests.State;
using HeyGen.Manifests.Tests.Infrastructure;
using Xunit.Abstractions;

namespace HeyGen.Manifests.Tests.Rendering;

/// <summary>
/// Webhook-driven completion, end to end over loopback: the emulator posts signed <c>avatar_video.*</c> events to
/// the manifest's callback_url, a real receiver verifies them and the renderer reacts at once; the bulk status poll
/// is only a slow safety net. Counts come from the emulator's accounting, never from timings.
/// </summary>
public sealed class WebhookCompletionTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int SceneCount = 6;
    private const string StatusPolls = "getVideoStatuses";
    private readonly ManifestWorkspace _workspace = new();
    private readonly List<IAsyncDisposable> _disposables = new();

    public Task InitializeAsync()
    {
        _workspace.WriteCsv("n.csv", "n", Enumerable.Range(1, SceneCount).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var disposable in Enumerable.Reverse(_disposables))
        {
            await disposable.DisposeAsync();
        }

        _workspace.Dispose();
    }

    [Fact]
    public async Task Events_complete_every_scene_with_far_fewer_status_polls_than_polling_alone()
    {
        // Same manifest, same slow MaxPollInterval: one run polls only, the other also listens.
        long pollingOnly;
        using (var polling = new ManifestWorkspace())
        {
            polling.WriteCsv("n.csv", "n", Enumerable.Range(1, SceneCount).Select(i => i.ToString(CultureInfo.InvariantCulture)));
            await using var plainEmulator = await WebhookRig.StartEmulatorAsync(deliverWebhooks: false);
            using var plainClient = TestEmulator.Client(plainEmulator);
            var plain = await ManifestEngine.RenderAsync(polling.Write(SampleManifests.Rows("n.csv")), plainClient, WebhookRig.SlowPolling(events: null));
            AssertAllRenderedOnce(plain, plainEmulator);
            pollingOnly = plainEmulator.Accounting.Requests(StatusPolls);
        }

        var (emulator, client, rig) = await StartAsync();
        var path = _workspace.Write(WebhookRig.WithCallback(SampleManifests.Rows("n.csv"), rig.Url));

        var result = await ManifestEngine.RenderAsync(path, client, WebhookRig.SlowPolling(rig.Feed.Events));

        AssertAllRenderedOnce(result, emulator);
        var withEvents = emulator.Accounting.Requests(StatusPolls);
        output.WriteLine("status polls: " + pollingOnly + " polling alone, " + withEvents + " with events");
        Assert.True(pollingOnly >= 2, "polling alone needs a status poll per wave of renders; saw " + pollingOnly);
        Assert.Equal(0, withEvents);
        Assert.True(withEvents < pollingOnly);
        Assert.Equal(SceneCount, rig.Feed.Forwarded);
        Assert.Empty(rig.Receiver.Rejections);
        Assert.All(ManifestEngine.Status(path).Scenes, s => Assert.Equal(SceneStatus.Downloaded, s.Status));
    }

    [Fact]
    public async Task A_failure_event_marks_the_scene_failed_and_the_others_complete()
    {
        var (emulator, client, rig) = await StartAsync();
        var manifest = SampleManifests.ThreeScenes.Replace("Thanks for watching.", "Thanks for watching. " + HeyGenEmulator.FailureMarker, StringComparison.Ordinal);
        var path = _workspace.Write(WebhookRig.WithCallback(manifest, rig.Url));

        var result = await ManifestEngine.RenderAsync(path, client, WebhookRig.SlowPolling(rig.Feed.Events));

        var failed = Assert.Single(result.Scenes, s => s.Result == SceneResult.Failed);
        Assert.Equal("outro", failed.Id);
        Assert.Contains("could not render", failed.Error, StringComparison.Ordinal);
        Assert.Equal(2, result.Count(SceneResult.Rendered));
        Assert.Equal(0, emulator.Accounting.Requests(StatusPolls));
        Assert.Equal(3, emulator.Accounting.CreatesTotal);
        var state = ManifestEngine.Status(path).Scenes.Single(s => s.Id == "outro");
        Assert.Equal(SceneStatus.Failed, state.Status);
        Assert.False(File.Exists(_workspace.Output("outro.mp4")));
    }

    [Theory]
    [InlineData("webhooks switched off")]
    [InlineData("callback_url unreachable")]
    public async Task Lost_events_still_complete_through_polling(string loss)
    {
        var deliver = loss != "webhooks switched off";
        var (emulator, client, rig) = await StartAsync(deliverWebhooks: deliver);
        var callback = deliver ? new Uri("http://127.0.0.1:" + FreePort() + "/heygen/webhook/") : rig.Url;
        var path = _workspace.Write(WebhookRig.WithCallback(SampleManifests.Rows("n.csv"), callback));
        var options = TestEmulator.Render();
        options.VideoEvents = rig.Feed.Events;

        var result = await ManifestEngine.RenderAsync(path, client, options);

        AssertAllRenderedOnce(result, emulator);
        Assert.Equal(0, rig.Feed.Forwarded);
        Assert.True(emulator.Accounting.Requests(StatusPolls) > 0);
    }

    [Fact]
    public async Task When_the_listener_stops_the_render_goes_back_to_normal_polling()
    {
        var (emulator, client, rig) = await StartAsync();
        var path = _workspace.Write(WebhookRig.WithCallback(SampleManifests.Rows("n.csv"), rig.Url));
        await rig.Receiver.StopAsync();
        await rig.Feed.Completion;
        var progress = new RecordingProgress();

        // With the slow safety net only, this run would wait minutes per poll (and be cut off by the token).
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var result = await ManifestEngine.RenderAsync(path, client, WebhookRig.SlowPolling(rig.Feed.Events, progress), cancellationToken: guard.Token);

        AssertAllRenderedOnce(result, emulator);
        Assert.Contains(progress.Events, e => e.Message.Contains("completion events stopped", StringComparison.Ordinal));
        Assert.True(emulator.Accounting.Requests(StatusPolls) > 0);
    }

    [Fact]
    public async Task Unsigned_tampered_or_premature_events_are_refused_and_change_nothing()
    {
        // A manual emulator clock: the video stays in "processing" until the test moves time on.
        var clock = new ManualTimeProvider();
        var (emulator, client, rig) = await StartAsync(clock: clock);
        var path = _workspace.Write(WebhookRig.WithCallback("""
            version: 1
            name: one
            output: ./out
            scenes:
              - id: solo
                avatar: Daisy-inskirt-20220818
                voice: 1bd001e7e50f421d891986aad5158bc8
                script: Just one scene.
            """, rig.Url));
        var progress = new RecordingProgress();
        var render = ManifestEngine.RenderAsync(path, client, WebhookRig.SlowPolling(rig.Feed.Events, progress));
        await progress.WaitForAsync(e => e.Stage == RenderStage.Submitted);
        var videoId = ManifestEngine.Status(path).Scenes.Single().VideoId!;
        var body = WebhookRig.SuccessBody(videoId);
        var tampered = WebhookRig.SuccessBody(videoId + "x");

        var unsigned = await rig.PostAsync(body, signature: null);
        var altered = await rig.PostAsync(tampered, HeyGenWebhookSignature.Compute(body, WebhookRig.Secret));
        var otherSecret = await rig.PostAsync(body, HeyGenWebhookSignature.Compute(body, "someone-elses-secret"));

        Assert.Equal([401, 401, 401], new[] { unsigned, altered, otherSecret });
        Assert.Equal(3, rig.Receiver.Rejections.Count);
        Assert.Equal(0, rig.Feed.Forwarded);

        // Correctly signed but untrue (the video is still rendering): the renderer checks with HeyGen first.
        Assert.Equal(200, await rig.PostAsync(body, HeyGenWebhookSignature.Compute(body, WebhookRig.Secret)));
        await progress.WaitForAsync(e => e.Stage == RenderStage.Waiting && e.Message.Contains("still waiting", StringComparison.Ordinal));
        var solo = ManifestEngine.Status(path).Scenes.Single();
        Assert.Equal(SceneStatus.Submitted, solo.Status);
        Assert.False(File.Exists(_workspace.Output("solo.mp4")));

        // The real event, once the render is done, completes the scene.
        clock.Advance(TimeSpan.FromMinutes(1));
        var result = await render.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(result.Succeeded, string.Join("\n", result.Scenes));
        Assert.Equal(1, emulator.Accounting.CreatesTotal);
        Assert.Equal(0, emulator.Accounting.Requests(StatusPolls));
        Assert.Equal(SceneStatus.Downloaded, ManifestEngine.Status(path).Scenes.Single().Status);
        Assert.Equal(3, rig.Receiver.Rejections.Count);
    }

    [Fact]
    public async Task Events_for_videos_polling_already_handled_are_harmless()
    {
        // Polling sees each render finish first; then a success and a contradictory failure event arrive for the
        // same video. Both find nothing to do: no lookup, no second download, no change of outcome.
        var (emulator, client, _) = await StartAsync(deliverWebhooks: false);
        var path = _workspace.Write(SampleManifests.Rows("n.csv"));
        var late = new VideoEventChannel();
        var options = TestEmulator.Render();
        options.VideoEvents = late;
        options.Progress = new SynchronousProgress(e =>
        {
            if (e.Stage == RenderStage.Rendered)
            {
                var videoId = ManifestEngine.Status(path).Scenes.Single(s => s.Id == e.SceneId).VideoId!;
                late.TryWrite(VideoEvent.Success(videoId));
                late.TryWrite(VideoEvent.Failure(videoId, "a stale failure"));
            }
        });

        var result = await ManifestEngine.RenderAsync(path, client, options);

        AssertAllRenderedOnce(result, emulator);
        Assert.Equal(0, late.Count);
        Assert.Equal(SceneCount, emulator.Accounting.Requests("getVideo"));
        Assert.Equal(SceneCount, emulator.Accounting.Downloads);
        Assert.All(ManifestEngine.Status(path).Scenes, s => Assert.Equal(SceneStatus.Downloaded, s.Status));
    }

    [Fact]
    public async Task Events_for_other_videos_are_ignored()
    {
        var (emulator, client, _) = await StartAsync(deliverWebhooks: false);
        var path = _workspace.Write(SampleManifests.ThreeScenes);
        var foreign = new VideoEventChannel();
        foreign.TryWrite(VideoEvent.Success("video-of-another-run"));
        foreign.TryWrite(VideoEvent.Failure("another-failed-video", "not ours", callbackId: "hg:0000"));
        var options = TestEmulator.Render();
        options.VideoEvents = foreign;

        var result = await ManifestEngine.RenderAsync(path, client, options);

        AssertAllRenderedOnce(result, emulator);
        Assert.Equal(0, foreign.Count);
        Assert.Equal(3, emulator.Accounting.Requests("getVideo"));
    }

    private static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private static void AssertAllRenderedOnce(RenderResult result, HeyGenEmulator emulator)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Scenes));
        Assert.Equal(result.Scenes.Count, result.Count(SceneResult.Rendered));
        Assert.Equal(result.Scenes.Count, emulator.Accounting.CreatesTotal);
        Assert.All(emulator.Accounting.CreatesByRequestHash.Values, count => Assert.Equal(1, count));
        Assert.All(result.Scenes, s => Assert.True(new FileInfo(s.Output!).Length > 1000));
    }

    private async Task<(HeyGenEmulator Emulator, HeyGenClient Client, WebhookRig Rig)> StartAsync(bool deliverWebhooks = true, TimeProvider? clock = null)
    {
        var emulator = await WebhookRig.StartEmulatorAsync(deliverWebhooks, clock);
        _disposables.Add(emulator);
        var client = TestEmulator.Client(emulator);
        _disposables.Add(new DisposeAction(client.Dispose));
        var rig = WebhookRig.Start();
        _disposables.Add(rig);
        return (emulator, client, rig);
    }

    private sealed class SynchronousProgress(Action<RenderEvent> report) : IProgress<RenderEvent>
    {
        public void Report(RenderEvent value) => report(value);
    }

    private sealed class DisposeAction(Action action) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            action();
            return ValueTask.CompletedTask;
        }
    }
}
