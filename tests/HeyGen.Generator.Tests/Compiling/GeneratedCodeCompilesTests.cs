using HeyGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace HeyGen.Generator.Tests.Compiling;

/// <summary>
/// The generated code compiles without a single warning: nullable enabled, warning level 9999, XML comments checked,
/// against the test runtime's assemblies; with the newest language version and with C# 11, the minimum the generator supports.
/// </summary>
public sealed class GeneratedCodeCompilesTests
{
    public static IEnumerable<object[]> Cases()
    {
        foreach (var (file, _, _) in FocusedSpecs.All)
        {
            yield return new object[] { file, LanguageVersion.Latest };
            yield return new object[] { file, LanguageVersion.CSharp11 };
        }

        yield return new object[] { "heygen", LanguageVersion.Latest };
        yield return new object[] { "heygen", LanguageVersion.CSharp11 };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compiles_without_warnings(string file, LanguageVersion version)
    {
        var spec = file == "heygen" ? FocusedSpecs.HeyGen() : FocusedSpecs.Load(file);

        var run = GeneratorHarness.Run(new[] { spec }, version);

        Assert.Null(run.GeneratorException);
        Assert.NotEmpty(run.Sources);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(run.CompilationProblems.Count == 0, "The generated code has problems:\n" + GeneratorHarness.Describe(run.CompilationProblems.Take(30)));
    }

    [Fact]
    public void All_focused_specs_compile_together_in_one_project()
    {
        var run = GeneratorHarness.Run(FocusedSpecs.All.Select(s => FocusedSpecs.Load(s.File)).Append(FocusedSpecs.HeyGen()));

        Assert.True(run.CompilationProblems.Count == 0, GeneratorHarness.Describe(run.CompilationProblems.Take(30)));
    }

    [Fact]
    public void Older_language_versions_get_HG0012_and_no_code()
    {
        var run = GeneratorHarness.Run(new[] { FocusedSpecs.Load("shapes.openapi.yaml") }, LanguageVersion.CSharp10);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "HG0012");
        Assert.Contains("C# 10.0", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }
}
