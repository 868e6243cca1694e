using System.Text;
using HeyGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace HeyGen.Generator.Tests.Robustness;

/// <summary>
/// Malformed and unusual documents from Corpus/: each gives its diagnostic at the right place (1-based line and
/// column in the document, or none for whole-document problems), and the generator never throws or hangs.
/// </summary>
public sealed class CorpusTests
{
    public static IEnumerable<object?[]> Cases() => new[]
    {
        // file, expected id, line, column (0 = the diagnostic has no position), whether code is still generated
        new object?[] { "truncated.openapi.yaml", "HG0001", 11, 24, false },
        new object?[] { "tab-indented.openapi.yaml", "HG0001", 3, 1, false },
        new object?[] { "bad-ref.openapi.yaml", "HG0002", 12, 17, true },
        new object?[] { "external-ref.openapi.yaml", "HG0002", 12, 17, true },
        new object?[] { "cyclic-ref.openapi.yaml", "HG0003", 12, 17, true },
        new object?[] { "duplicate-operation-ids.openapi.yaml", "HG0006", 14, 7, true },
        new object?[] { "empty.openapi.yaml", "HG0007", 0, 0, false },
        new object?[] { "whitespace.openapi.yaml", "HG0007", 0, 0, false },
        new object?[] { "swagger2.openapi.json", "HG0007", 1, 1, false },
        new object?[] { "not-a-mapping.openapi.yaml", "HG0007", 1, 1, false },
        new object?[] { "openapi-version-4.openapi.yaml", "HG0007", 1, 1, false },
        new object?[] { "alias-without-anchor.openapi.yaml", "HG0001", 5, 8, false },
        new object?[] { "billion-laughs-schemas.openapi.yaml", "HG0011", 0, 0, false },
        new object?[] { "duplicate-keys.openapi.yaml", "HG0008", 13, 9, true },
        new object?[] { "unknown-type.openapi.yaml", "HG0004", 12, 17, true },
        new object?[] { "oneof-without-discriminator.openapi.yaml", "HG0004", 12, 11, true },
        new object?[] { "binary-garbage.openapi.yaml", "HG0001", -1, -1, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async System.Threading.Tasks.Task Reports_the_expected_diagnostic_at_its_position(string file, string id, int line, int column, bool generatesCode)
    {
        var run = await GeneratorHarness.RunGuardedAsync(Load(file));

        Assert.Null(run.GeneratorException);
        var all = run.DescribeDiagnostics();
        var diagnostic = run.GeneratorDiagnostics.FirstOrDefault(d => d.Id == id);
        Assert.True(diagnostic is not null, "expected " + id + " but got:\n" + all);
        var span = diagnostic.Location.GetLineSpan();
        if (line > 0)
        {
            Assert.Equal("/corpus/" + file, span.Path);
            Assert.True(line == span.StartLinePosition.Line + 1 && column == span.StartLinePosition.Character + 1, "expected at " + line + ":" + column + " but got:\n" + all);
        }
        else if (line == 0)
        {
            Assert.True(diagnostic.Location == Location.None || span.StartLinePosition.Line == 0, all);
        }

        Assert.Equal(generatesCode, run.Sources.Count > 0);
        Assert.True(run.CompilationProblems.Count == 0, GeneratorHarness.Describe(run.CompilationProblems.Take(10)));
    }

    [Theory]
    [InlineData("recursive.openapi.yaml")]
    [InlineData("nullable-30-style.openapi.yaml")]
    public async System.Threading.Tasks.Task Unusual_but_valid_documents_generate_clean_code(string file)
    {
        var run = await GeneratorHarness.RunGuardedAsync(Load(file));

        Assert.Null(run.GeneratorException);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.NotEmpty(run.Sources);
        Assert.True(run.CompilationProblems.Count == 0, GeneratorHarness.Describe(run.CompilationProblems.Take(10)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Billion_laughs_in_a_default_value_completes_with_bounded_output()
    {
        var run = await GeneratorHarness.RunGuardedAsync(Load("billion-laughs.openapi.yaml"));

        Assert.Null(run.GeneratorException);
        var laugh = run.Source("Corpus.Generated.Laugh.g.cs");
        Assert.InRange(laugh.Length, 1, 64 * 1024);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public async System.Threading.Tasks.Task Recursive_schema_becomes_a_class_that_refers_to_itself()
    {
        var run = await GeneratorHarness.RunGuardedAsync(Load("recursive.openapi.yaml"));

        var category = run.Output.GetTypeByMetadataName("Corpus.Generated.Category")!;
        Assert.Equal("Corpus.Generated.Category?", category.GetMembers("Parent").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        Assert.Equal("System.Collections.Generic.IReadOnlyList<Corpus.Generated.Category>?", category.GetMembers("Children").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        Assert.Equal("System.Collections.Generic.IReadOnlyDictionary<string, Corpus.Generated.Category>?", category.GetMembers("Siblings").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
    }

    [Fact]
    public async System.Threading.Tasks.Task OpenApi_30_style_nullable_is_honoured_in_a_31_document()
    {
        var run = await GeneratorHarness.RunGuardedAsync(Load("nullable-30-style.openapi.yaml"));

        var pet = run.Output.GetTypeByMetadataName("Corpus.Generated.Pet")!;
        Assert.Equal("string?", pet.GetMembers("Name").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        Assert.Contains("__presence0 |= 0x1UL;", run.Source("Corpus.Generated.Pet.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Json_indented_with_tabs_is_read()
    {
        var run = await GeneratorHarness.RunGuardedAsync(new SpecFile("/corpus/tabs.openapi.json", File.ReadAllText(TestPaths.Spec("tabs.openapi.json")), new Dictionary<string, string> { ["Namespace"] = "Corpus.Tabs" }));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.NotNull(run.Output.GetTypeByMetadataName("Corpus.Tabs.Pet"));
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Every_corpus_document_is_covered_by_a_test()
    {
        var covered = Cases().Select(c => (string)c[0]!).Concat(new[] { "recursive.openapi.yaml", "nullable-30-style.openapi.yaml", "billion-laughs.openapi.yaml" }).ToHashSet();

        var files = Directory.GetFiles(TestPaths.Corpus).Select(Path.GetFileName).Where(f => f != "README.md");

        Assert.All(files, f => Assert.True(covered.Contains(f!), f + " has no test"));
        Assert.True(covered.Count >= 15);
    }

    /// <summary>Raw bytes as characters (Latin-1), so binary garbage reaches the generator as it is.</summary>
    internal static SpecFile Load(string file) =>
        new("/corpus/" + file, Encoding.Latin1.GetString(File.ReadAllBytes(TestPaths.CorpusFile(file))), new Dictionary<string, string> { ["Namespace"] = "Corpus.Generated" });
}
