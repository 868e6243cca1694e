using HeyGen.Generator.Tests.Infrastructure;
using Xunit;

namespace HeyGen.Generator.Tests.Snapshots;

/// <summary>The complete generated output (file names and contents) of every focused spec, plus its diagnostics.</summary>
public sealed class FocusedSpecSnapshotTests
{
    [Theory]
    [MemberData(nameof(FocusedSpecs.Names), MemberType = typeof(FocusedSpecs))]
    public void Generated_output_matches_snapshot(string file)
    {
        var run = GeneratorHarness.Run(FocusedSpecs.Load(file));

        var text = "// Diagnostics\n" + run.DescribeDiagnostics() + "\n// Files\n" + string.Join("\n", run.Sources.Select(s => s.HintName)) + "\n" + GeneratorHarness.Dump(run.Sources);
        Snapshot.Match(Path.GetFileNameWithoutExtension(file).Replace(".openapi", string.Empty, StringComparison.Ordinal), text);
    }
}
