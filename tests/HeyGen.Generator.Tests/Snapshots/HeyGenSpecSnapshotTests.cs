using HeyGen.Generator.Tests.Infrastructure;
using Xunit;

namespace HeyGen.Generator.Tests.Snapshots;

/// <summary>spec/heygen.openapi.yaml: the list of generated files and a few representative ones.</summary>
public sealed class HeyGenSpecSnapshotTests
{
    private static readonly Lazy<GeneratorRun> Run = new(() => GeneratorHarness.Run(FocusedSpecs.HeyGen()));

    [Fact]
    public void Generated_file_names_and_diagnostics_match_snapshot()
    {
        var run = Run.Value;
        Snapshot.Match("heygen.files", "// Diagnostics\n" + run.DescribeDiagnostics() + "\n// Files\n" + string.Join("\n", run.Sources.Select(s => s.HintName)));
    }

    [Theory]
    [InlineData("HeyGenClient", "root client")]
    [InlineData("VideosClient", "tag client")]
    [InlineData("CreateVideoRequest", "union")]
    [InlineData("VideoStatus", "enum")]
    [InlineData("CreateVideoFromAvatar", "object")]
    public void Representative_file_matches_snapshot(string typeName, string kind)
    {
        var source = Run.Value.Source("HeyGen.Generator.Tests.Heygen." + typeName + ".g.cs");
        Snapshot.Match("heygen." + typeName, "// " + kind + "\n" + source);
    }
}
