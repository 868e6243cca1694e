using HeyGen.Generator.Pipeline;
using HeyGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace HeyGen.Generator.Tests.Pipeline;

/// <summary>Unchanged input is served from the cache at every tracked step; a changed document re-runs the model and the output.</summary>
public sealed class IncrementalCachingTests
{
    private static readonly string[] AllSteps = { TrackingNames.SpecInput, TrackingNames.Model, TrackingNames.Features, TrackingNames.Output, TrackingNames.AllOutputs };

    private static readonly InMemoryAdditionalText Document = new("/src/petstore.openapi.yaml", SmallSpecs.PetStore);

    private static CSharpGeneratorDriver Driver() => CSharpGeneratorDriver.Create(
        new[] { new OpenApiSourceGenerator().AsSourceGenerator() },
        new AdditionalText[] { Document, new InMemoryAdditionalText("/src/other.openapi.yaml", File.ReadAllText(TestPaths.Spec("clients.openapi.yaml"))) },
        GeneratorHarness.ParseOptions(),
        new TestOptionsProvider(null, new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["/src/petstore.openapi.yaml"] = new Dictionary<string, string> { ["Namespace"] = "Cache.Pets" },
            ["/src/other.openapi.yaml"] = new Dictionary<string, string> { ["Namespace"] = "Cache.Shop" },
        }),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private static List<(string Step, IncrementalStepRunReason Reason)> Reasons(GeneratorDriver driver, params string[] steps)
    {
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return steps.SelectMany<string, (string Step, IncrementalStepRunReason Reason)>(step =>
        {
            Assert.True(result.TrackedSteps.TryGetValue(step, out var runs), "step " + step + " was not tracked");
            return runs.SelectMany(r => r.Outputs).Select(o => (step, o.Reason));
        }).ToList();
    }

    private static void AssertAllCached(GeneratorDriver driver)
    {
        var reasons = Reasons(driver, AllSteps);
        Assert.Equal(AllSteps.Length, reasons.Select(r => r.Step).Distinct().Count());
        Assert.All(reasons, r => Assert.True(r.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.Step + " was " + r.Reason));
    }

    [Fact]
    public void Second_run_on_an_unchanged_compilation_is_served_from_the_cache()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = Driver().RunGenerators(compilation);

        driver = driver.RunGenerators(compilation);

        AssertAllCached(driver);
    }

    [Fact]
    public void Adding_an_unrelated_syntax_tree_keeps_every_step_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = Driver().RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace User { public class Added { } }", GeneratorHarness.ParseOptions())));

        AssertAllCached(driver);
        Assert.Contains(Reasons(driver, TrackingNames.Features), r => r.Reason == IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_an_unrelated_syntax_tree_keeps_every_step_cached()
    {
        var tree = CSharpSyntaxTree.ParseText("namespace User { public class Edited { } }", GeneratorHarness.ParseOptions());
        var compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(tree);
        var driver = Driver().RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("namespace User { public class Edited { public int X { get; set; } } }", GeneratorHarness.ParseOptions()));
        driver = driver.RunGenerators(edited);

        AssertAllCached(driver);
    }

    [Fact]
    public void Editing_the_document_re_runs_the_model_and_the_output()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = Driver().RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Cache.Pets.Pet.g.cs").SourceText.ToString();

        var text = SmallSpecs.PetStore.Replace("        name:\n          type: string\n", "        name:\n          type: string\n        age:\n          type: integer\n", StringComparison.Ordinal);
        Assert.NotEqual(SmallSpecs.PetStore, text);
        var edited = new InMemoryAdditionalText(Document.Path, text);
        driver = driver.ReplaceAdditionalText(Document, edited).RunGenerators(compilation);

        var reasons = Reasons(driver, TrackingNames.Model, TrackingNames.Output);
        Assert.True(reasons.Count == 4, string.Join(", ", reasons));
        Assert.Contains((TrackingNames.Model, IncrementalStepRunReason.Modified), reasons);
        Assert.Contains((TrackingNames.Output, IncrementalStepRunReason.Modified), reasons);
        // The other document is untouched: its model and output come from the cache.
        Assert.Contains((TrackingNames.Model, IncrementalStepRunReason.Cached), reasons);
        Assert.Contains((TrackingNames.Output, IncrementalStepRunReason.Cached), reasons);

        var after = driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Cache.Pets.Pet.g.cs").SourceText.ToString();
        Assert.NotEqual(before, after);
        Assert.Contains("public long? Age", after, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_is_equal_when_built_twice_from_the_same_text()
    {
        var input = new SpecInput("/x.openapi.yaml", File.ReadAllText(TestPaths.Spec("unions.openapi.yaml")), new Model.GeneratorOptions("N", "XClient", "X", true, "X_API_KEY"), Model.EquatableArray<Model.DiagnosticInfo>.Empty);

        var first = OpenApi.ApiModelBuilder.Build(input, CancellationToken.None);
        var second = OpenApi.ApiModelBuilder.Build(input with { }, CancellationToken.None);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }
}
