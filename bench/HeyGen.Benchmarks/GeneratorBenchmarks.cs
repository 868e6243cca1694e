using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using HeyGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace HeyGen.Benchmarks;

/// <summary>
/// (a) The generator through <see cref="CSharpGeneratorDriver"/>, as the compiler runs it: on spec/ and on a synthetic
/// document 20 times larger. Cold = a new driver (nothing cached; JIT already warm). Warm = a driver that has run once,
/// on a new compilation after an edit to an unrelated C# file (what an IDE does on every keystroke).
/// </summary>
[BenchmarkCategory("Generator")]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _cold = null!;
    private GeneratorDriver _warm = null!;

    [Params("spec", "spec x20")]
    public string Document { get; set; } = "spec";

    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllText(BenchPaths.Spec);
        if (Document != "spec")
        {
            text = SyntheticSpec.Multiply(text, 20);
        }

        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        _compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { public static class Program { public static void Main() { } } }", parse) },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Edited { } }", parse));
        _cold = CSharpGeneratorDriver.Create(
            new[] { new OpenApiSourceGenerator().AsSourceGenerator() },
            new[] { (AdditionalText)new SpecText("/bench/heygen.openapi.yaml", text) },
            parse);
        _warm = _cold.RunGenerators(_compilation);

        var result = _warm.GetRunResult();
        var generated = result.Results.Single().GeneratedSources.Length;
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        if (generated == 0 || errors > 0 || result.Results.Single().Exception is not null)
        {
            throw new InvalidOperationException($"The generator did not run cleanly: {generated} files, {errors} errors, {result.Results.Single().Exception}");
        }

        Console.WriteLine($"// {Document}: {text.Length:N0} characters, {generated} generated files");
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver Cold() => _cold.RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver Warm_after_unrelated_edit() => _warm.RunGenerators(_edited);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    private sealed class SpecText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
