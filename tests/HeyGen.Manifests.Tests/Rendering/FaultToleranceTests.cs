using HeyGen.Emulator;
using HeyGen.Manifests.Rendering;
using HeyGen.Manifests.Tests.Infrastructure;

namespace HeyGen.Manifests.Tests.Rendering;

/// <summary>
/// Faults injected by the emulator during a render: every scene still ends completed with a valid file, and
/// the emulator's accounting shows each render paid exactly once.
/// </summary>
public sealed class FaultToleranceTests : IAsyncLifetime
{
    private const int SceneCount = 8;
    private readonly ManifestWorkspace _workspace = new();
    private HeyGenEmulator _emulator = null!;
    private HeyGenClient _client = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TestEmulator.StartAsync(concurrentJobs: 2);
        _client = TestEmulator.Client(_emulator);
        _workspace.WriteCsv("n.csv", "n", Enumerable.Range(1, SceneCount).Select(i => i.ToString(CultureInfo.InvariantCulture)));
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _emulator.DisposeAsync();
        _workspace.Dispose();
    }

    [Fact]
    public async Task Concurrency_above_the_accounts_job_cap_still_renders_each_scene_once()
    {
        // The manifest asks for 6 at once, the account allows 2: HeyGen queues batch items and answers single
        // creates with 429; either way every scene renders exactly once.
        var path = _workspace.Write(SampleManifests.Rows("n.csv", concurrency: 6));

        var result = await RenderAsync(path);

        AssertAllRenderedOnce(result);
    }

    [Fact]
    public async Task Rate_limit_storms_on_creates_and_status_calls_are_waited_out()
    {
        _emulator.Faults.RateLimit("createVideoBatch", count: 4);
        _emulator.Faults.RateLimit("createVideo", count: 4);
        _emulator.Faults.RateLimit("getVideoStatuses", count: 4);
        var path = _workspace.Write(SampleManifests.Rows("n.csv"));

        AssertAllRenderedOnce(await RenderAsync(path));
    }

    [Fact]
    public async Task Server_errors_after_a_create_succeeded_never_create_twice()
    {
        // The create happens, then the answer is a 500: the renderer must find the video (title marker or
        // idempotent batch replay), not send a second paid create.
        _emulator.Faults.ServerError("createVideoBatch", count: 2, timing: FaultTiming.AfterHandler);
        _emulator.Faults.ServerError("createVideo", count: 2, timing: FaultTiming.AfterHandler);
        _emulator.Faults.ServerError("getVideoStatuses", count: 3);
        _emulator.Faults.ServerError("getVideo", count: 2, html: true);
        var path = _workspace.Write(SampleManifests.Rows("n.csv"));

        AssertAllRenderedOnce(await RenderAsync(path));
    }

    [Fact]
    public async Task Dropped_connections_after_a_create_never_create_twice()
    {
        _emulator.Faults.DropConnection("createVideoBatch", count: 1, timing: FaultTiming.AfterHandler);
        _emulator.Faults.DropConnection("createVideo", count: 1, timing: FaultTiming.AfterHandler);
        _emulator.Faults.DropConnection("getVideoStatuses", count: 2);
        var path = _workspace.Write(SampleManifests.Rows("n.csv"));

        AssertAllRenderedOnce(await RenderAsync(path));
    }

    [Fact]
    public async Task Truncated_downloads_are_retried_and_never_left_as_output_files()
    {
        _emulator.Faults.TruncateDownload("media", count: 5);
        var path = _workspace.Write(SampleManifests.Rows("n.csv"));

        var result = await RenderAsync(path);

        AssertAllRenderedOnce(result);
        Assert.DoesNotContain(Directory.GetFiles(_workspace.OutputDirectory), f => !f.EndsWith(".mp4", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Expired_download_urls_are_refreshed_through_a_status_call()
    {
        await _emulator.DisposeAsync();
        _client.Dispose();

        // URLs live 1 s (S3-style expiry has whole-second resolution) and the first four downloads (as many as
        // run at once) wait 1.2 s before the emulator looks at them: the URLs they carry have expired (403), and
        // only a URL refreshed through a status call works.
        _emulator = await HeyGenEmulator.StartAsync(new EmulatorOptions
        {
            QueueTime = TimeSpan.FromMilliseconds(20),
            ProcessingTime = TimeSpan.FromMilliseconds(80),
            DownloadUrlLifetime = TimeSpan.FromSeconds(1),
        });
        _client = TestEmulator.Client(_emulator);
        _emulator.Faults.Delay("media", TimeSpan.FromSeconds(1.2), count: 4);
        var path = _workspace.Write(SampleManifests.Rows("n.csv"));

        var result = await RenderAsync(path);

        AssertAllRenderedOnce(result);
        Assert.True(_emulator.Accounting.RequestsByStatus.GetValueOrDefault(403) > 0, "some download URLs expired");
    }

    private Task<RenderResult> RenderAsync(string path) => ManifestEngine.RenderAsync(path, _client, TestEmulator.Render());

    private void AssertAllRenderedOnce(RenderResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Scenes));
        Assert.Equal(SceneCount, result.Count(SceneResult.Rendered));
        Assert.Equal(SceneCount, _emulator.Accounting.CreatesTotal);
        Assert.All(_emulator.Accounting.CreatesByRequestHash.Values, count => Assert.Equal(1, count));
        AssertValidOutputs();
    }

    private void AssertValidOutputs()
    {
        for (var i = 1; i <= SceneCount; i++)
        {
            var bytes = File.ReadAllBytes(_workspace.Output("scene-" + i + ".mp4"));
            Assert.True(bytes.Length > 1000);
            Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(bytes, 4, 4));
        }
    }
}
