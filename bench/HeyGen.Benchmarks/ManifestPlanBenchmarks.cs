using System.Text;
using BenchmarkDotNet.Attributes;
using HeyGen.Manifests;

namespace HeyGen.Benchmarks;

/// <summary>
/// (c) <see cref="ManifestEngine.Plan"/> on a manifest whose single <c>rows:</c> scene expands to 10,000 scenes (a
/// 10,000-line CSV): load, validate, expand, hash every scene's exact request into its render key, read the (empty)
/// state and decide each scene's action. Time and allocations per plan.
/// </summary>
[BenchmarkCategory("Manifest plan")]
public class ManifestPlanBenchmarks
{
    private string _directory = null!;
    private string _manifest = null!;
    private string _state = null!;

    [Params(10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "heygen-bench-plan-" + Environment.ProcessId);
        Directory.CreateDirectory(Path.Combine(_directory, "data"));
        _manifest = Path.Combine(_directory, "launch.yaml");
        _state = Path.Combine(_directory, "launch.state.json");
        File.WriteAllText(_manifest, """
            version: 1
            name: bench-rows
            output: ./out
            defaults:
              avatar: Daisy-inskirt-20220818
              voice: 1bd001e7e50f421d891986aad5158bc8
              resolution: 1080p
              aspect_ratio: "16:9"
              background: { color: "#FFFFFF" }
            scenes:
              - id: "hello-{{ id }}"
                rows: ./data/customers.csv
                script: "Hi {{ name }}, welcome to the {{ plan }} plan. Your dashboard is ready, and your first report arrives on Monday."
                caption: true
            """);
        var csv = new StringBuilder("id,name,plan\n");
        var plans = new[] { "Starter", "Pro", "Team", "Enterprise" };
        for (var i = 0; i < Rows; i++)
        {
            csv.Append('c').Append(i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)).Append(",Customer ").Append(i).Append(',').Append(plans[i % plans.Length]).Append('\n');
        }

        File.WriteAllText(Path.Combine(_directory, "data", "customers.csv"), csv.ToString());

        var plan = Plan();
        if (plan.Scenes.Count != Rows)
        {
            throw new InvalidOperationException($"Expected {Rows} scenes, planned {plan.Scenes.Count}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark]
    public HeyGen.Manifests.Planning.ManifestPlan Plan() => ManifestEngine.Plan(_manifest, _state);
}
