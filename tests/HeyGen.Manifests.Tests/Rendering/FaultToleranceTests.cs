using HeyGen.Emulator;
using HeyGen.Manifests.Rendering;
using HeyGen.Manifests.Tests.Infrastructure;

namespace HeyGen.Manifests.Tests.Rendering;

/// <summary>
/// Faults injected by the emulator during a render: every scene still ends completed with a valid file, and
/// the emulator's accounting shows each render paid exactly once.
/// </summary>
public sealed class FaultToleranceTests : EmulatorRenderTest
{
    private const int SceneCount = 8;

    public override async Task InitializeAsync()
    {
        await UseEmulatorAsync(await TestEmulator.StartAsync(concurrentJobs: 2));
        Workspace.WriteCsv("n.csv", "n", Enumerable.Range(1, SceneCount).Select(i => i.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Concurrency_above_the_accounts_job_cap_still_renders_each_scene_once()
    {
        // The manifest asks for 6 at once, the account allows 2: HeyGen queues batch items and answers single
        // creates with 429; either way every scene renders exactly once.
        var path = Workspace.Write(SampleManifests.Rows("n.csv", concurrency: 6));

        var result = await RenderAsync(path);

        AssertAllRenderedOnce(result);
    }

    [Fact]
    public async Task Rate_limit_storms_on_creates_and_status_calls_are_waited_out()
    {
        Emulator.Faults.RateLimit("createVideoBatch", count: 4);
        Emulator.Faults.RateLimit("createVideo", count: 4);
        Emulator.Faults.RateLimit("getVideoStatuses", count: 4);
        var path = Workspace.Write(SampleManifests.Rows("n.csv"));

        AssertAllRenderedOnce(await RenderAsync(path));
    }

    [Fact]
    public async Task Server_errors_after_a_create_succeeded_never_create_twice()
    {
        // The create happens, then the answer is a 500: the renderer must find the video (title marker or
        // idempotent batch replay), not send a second paid create.
        Emulator.Faults.ServerError("createVideoBatch", count: 2, timing: FaultTiming.AfterHandler);
        Emulator.Faults.ServerError("createVideo", count: 2, timing: FaultTiming.AfterHandler);
        Emulator.Faults.ServerError("getVideoStatuses", count: 3);
        Emulator.Faults.ServerError("getVideo", count: 2, html: true);
        var path = Workspace.Write(SampleManifests.Rows("n.csv"));

        AssertAllRenderedOnce(await RenderAsync(path));
    }

    [Fact]
    public async Task Dropped_connections_after_a_create_never_create_twice()
    {
        Emulator.Faults.DropConnection("createVideoBatch", count: 1, timing: FaultTiming.AfterHandler);
        Emulator.Faults.DropConnection("createVideo", count: 1, timing: FaultTiming.AfterHandler);
        Emulator.Faults.DropConnection("getVideoStatuses", count: 2);
        var path = Workspace.Write(SampleManifests.Rows("n.csv"));

        AssertAllRenderedOnce(await RenderAsync(path));
    }

    [Fact]
    public async Task Truncated_downloads_are_retried_and_never_left_as_output_files()
    {
        Emulator.Faults.TruncateDownload("media", count: 5);
        var path = Workspace.Write(SampleManifests.Rows("n.csv"));

        var result = await RenderAsync(path);

        AssertAllRenderedOnce(result);
        Assert.DoesNotContain(Directory.GetFiles(Workspace.OutputDirectory), f => !f.EndsWith(".mp4", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Expired_download_urls_are_refreshed_through_a_status_call()
    {
        // URLs live 1 s (S3-style expiry has whole-second resolution) and the first four downloads (as many as
        // run at once) wait 1.2 s before the emulator looks at them: the URLs they carry have expired (403), and
        // only a URL refreshed through a status call works.
        await UseEmulatorAsync(await HeyGenEmulator.StartAsync(new EmulatorOptions
        {
            QueueTime = TimeSpan.FromMilliseconds(20),
            ProcessingTime = TimeSpan.FromMilliseconds(80),
            DownloadUrlLifetime = TimeSpan.FromSeconds(1),
        }));
        Emulator.Faults.Delay("media", TimeSpan.FromSeconds(1.2), count: 4);
        var path = Workspace.Write(SampleManifests.Rows("n.csv"));

        var result = await RenderAsync(path);

        AssertAllRenderedOnce(result);
        Assert.True(Emulator.Accounting.RequestsByStatus.GetValueOrDefault(403) > 0, "some download URLs expired");
    }

    private Task<RenderResult> RenderAsync(string path) => ManifestEngine.RenderAsync(path, Client, TestEmulator.Render());

    private void AssertAllRenderedOnce(RenderResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Scenes));
        Assert.Equal(SceneCount, result.Count(SceneResult.Rendered));
        Assert.Equal(SceneCount, Emulator.Accounting.CreatesTotal);
        Assert.All(Emulator.Accounting.CreatesByRequestHash.Values, count => Assert.Equal(1, count));
        AssertValidOutputs();
    }

    private void AssertValidOutputs()
    {
        for (var i = 1; i <= SceneCount; i++)
        {
            var bytes = File.ReadAllBytes(Workspace.Output("scene-" + i + ".mp4"));
            Assert.True(bytes.Length > 1000);
            Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(bytes, 4, 4));
        }
    }
}
