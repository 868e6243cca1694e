using System.Diagnostics;
using System.Globalization;
using HeyGen.Emulator;
using HeyGen.Manifests;
using HeyGen.Manifests.Rendering;

namespace HeyGen.Benchmarks;

/// <summary>
/// Issue 4's render benchmark, a timing harness rather than a BenchmarkDotNet job (one run takes tens of seconds):
/// N scenes against the emulator with a fixed processing time T and an account cap of C concurrent jobs.
/// Reports wall time against the ideal ceil(N/C)·T, and status requests per video against one poll per video
/// every poll interval.
/// </summary>
internal static class RenderThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var scenes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 2;
        var cap = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10;
        var processing = TimeSpan.FromSeconds(seconds);
        var poll = TimeSpan.FromMilliseconds(100);

        await using var emulator = await HeyGenEmulator.StartAsync(new EmulatorOptions
        {
            QueueTime = TimeSpan.Zero,
            ProcessingTime = processing,
            ConcurrentJobLimit = cap,
            DeliverWebhooks = false,
        });
        using var client = emulator.CreateClient();
        var folder = Directory.CreateTempSubdirectory("heygen-render-bench-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "data"));
            File.WriteAllLines(Path.Combine(folder.FullName, "data", "n.csv"), new[] { "n" }.Concat(Enumerable.Range(1, scenes).Select(i => i.ToString(CultureInfo.InvariantCulture))));
            var manifest = Path.Combine(folder.FullName, "bench.yaml");
            File.WriteAllText(manifest, $$$"""
                version: 1
                name: render-bench
                output: ./out
                concurrency: {{{cap}}}
                defaults:
                  avatar: Daisy-inskirt-20220818
                  voice: 1bd001e7e50f421d891986aad5158bc8
                scenes:
                  - id: "scene-{{ n }}"
                    rows: ./data/n.csv
                    script: "Scene {{ n }}."
                """);

            var options = new RenderOptions { PollInterval = poll, MaxPollInterval = TimeSpan.FromMilliseconds(250) };
            var watch = Stopwatch.StartNew();
            var result = await ManifestEngine.RenderAsync(manifest, client, options);
            watch.Stop();

            var ideal = TimeSpan.FromTicks(processing.Ticks * (long)Math.Ceiling(scenes / (double)cap));
            var statusCalls = emulator.Accounting.Requests("getVideoStatuses");
            var perVideo = statusCalls / (double)scenes;
            var naivePerVideo = processing / poll;
            Console.WriteLine(FormattableString.Invariant($"scenes {scenes}, T {seconds} s, cap {cap}: {result.Count(SceneResult.Rendered)} rendered, {result.Creates} creates (emulator: {emulator.Accounting.CreatesTotal})"));
            Console.WriteLine(FormattableString.Invariant($"wall {watch.Elapsed.TotalSeconds:0.00} s, ideal ceil(N/C)*T {ideal.TotalSeconds:0.00} s, ratio {watch.Elapsed / ideal:0.000} (target <= 1.05)"));
            Console.WriteLine(FormattableString.Invariant($"status requests {statusCalls} ({perVideo:0.000} per video) vs one poll per video every {poll.TotalMilliseconds} ms ({naivePerVideo:0} per video): ratio {perVideo / naivePerVideo:0.0000} (target <= 0.333)"));
            return result.Succeeded ? 0 : 1;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
