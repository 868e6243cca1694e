using BenchmarkDotNet.Running;
using HeyGen.Benchmarks;

// dotnet run -c Release --project bench/HeyGen.Benchmarks -- --filter '*'          (all, short runs, in-process)
// dotnet run -c Release --project bench/HeyGen.Benchmarks -- --filter '*Serialization*'
// dotnet run -c Release --project bench/HeyGen.Benchmarks -- --list flat
if (args.Length > 0 && args[0] == "--make-synthetic-spec")
{
    // Writes the 20x synthetic document used by GeneratorBenchmarks, for inspection.
    File.WriteAllText(args.Length > 1 ? args[1] : "heygen-x20.openapi.yaml", SyntheticSpec.Multiply(File.ReadAllText(BenchPaths.Spec), 20));
    return 0;
}

if (args.Length > 0 && args[0] == "--render-throughput")
{
    // dotnet bench/HeyGen.Benchmarks/bin/Release/net10.0/HeyGen.Benchmarks.dll --render-throughput [N=200] [T seconds=2] [C=10]
    return await RenderThroughput.RunAsync(args);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run(args, new BenchConfig());
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
