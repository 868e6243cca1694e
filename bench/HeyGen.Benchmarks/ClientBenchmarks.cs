using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using HeyGen.Benchmarks.Stj;
using HeyGen.Emulator;
using HeyGen.Emulator.Hosting;

namespace HeyGen.Benchmarks;

/// <summary>
/// (d) The generated client against the in-process emulator over real HTTP on loopback, against a hand-written
/// <see cref="HttpClient"/> + System.Text.Json (source-generated) baseline doing the same requests with the same
/// headers. Calls per second = 1 / mean; allocations per call as measured (client side and the in-process server
/// together, the same server work for both).
/// </summary>
public class ClientBenchmarks
{
    private HeyGenEmulator _emulator = null!;
    private global::HeyGen.HeyGenClient _client = null!;
    private HttpClient _http = null!;
    private string _videoId = null!;

    // Synchronous on purpose: the in-process toolchain does not reliably wait for an async [GlobalSetup] before it
    // starts jitting the workload.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _emulator = await HeyGenEmulator.StartAsync(new EmulatorOptions { DeliverWebhooks = false });
        _client = _emulator.CreateClient();
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = _emulator.BaseUrl };
        _http.DefaultRequestHeaders.Add("X-Api-Key", _emulator.ApiKey);

        var created = await _client.Videos.CreateVideoAsync(new global::HeyGen.CreateVideoFromAvatar
        {
            AvatarId = "Daisy-inskirt-20220818",
            Script = "Benchmarks never sleep.",
            VoiceId = "1bd001e7e50f421d891986aad5158bc8",
            Title = "bench",
        });
        _videoId = created.VideoId;

        // Measure a finished video: its response (with download URLs) no longer changes between the two sides' runs.
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while ((await _client.Videos.GetVideoAsync(_videoId)).Status != global::HeyGen.VideoStatus.Completed)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException("The emulator did not finish the video within a minute.");
            }

            await Task.Delay(250);
        }

        // Same answers from both before measuring.
        var generated = await GeneratedGetVideo();
        var handWritten = await HandWrittenGetVideo();
        var avatars = await GeneratedListAvatars();
        var avatarsStj = await HandWrittenListAvatars();
        if (generated.Id != handWritten.Id || avatars.Data.Count != avatarsStj.Data.Count || avatars.Data.Count == 0)
        {
            throw new InvalidOperationException("The two clients disagree.");
        }
    }

    private async Task CleanupAsync()
    {
        _http.Dispose();
        _client.Dispose();
        await _emulator.DisposeAsync();
    }

    [BenchmarkCategory("GET /v3/videos/{id}"), Benchmark(Baseline = true)]
    public async Task<Stj.VideoDetail> HandWrittenGetVideo()
    {
        using var response = await _http.GetAsync("v3/videos/" + Uri.EscapeDataString(_videoId));
        response.EnsureSuccessStatusCode();
        var envelope = await response.Content.ReadFromJsonAsync(StjContext.Default.DataEnvelopeVideoDetail);
        return envelope!.Data;
    }

    [BenchmarkCategory("GET /v3/videos/{id}"), Benchmark]
    public Task<global::HeyGen.VideoDetail> GeneratedGetVideo() => _client.Videos.GetVideoAsync(_videoId);

    [BenchmarkCategory("GET /v3/avatars"), Benchmark(Baseline = true)]
    public async Task<AvatarGroupPage> HandWrittenListAvatars()
    {
        using var response = await _http.GetAsync("v3/avatars");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(StjContext.Default.AvatarGroupPage))!;
    }

    [BenchmarkCategory("GET /v3/avatars"), Benchmark]
    public Task<global::HeyGen.ListAvatarGroupsResponse> GeneratedListAvatars() => _client.Avatars.ListAvatarGroupsAsync();
}
