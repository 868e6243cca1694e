using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HeyGen.Generator.Tests.Infrastructure;

/// <summary>The outcome of one driver run: what the generator produced and the compilation that includes it.</summary>
internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    GeneratorDriverRunResult Result,
    CSharpCompilation Input,
    Compilation Output,
    ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>Generated files sorted by hint name.</summary>
    public IReadOnlyList<(string HintName, string Text)> Sources =>
        Result.Results.SelectMany(r => r.GeneratedSources)
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .ToList();

    public string Source(string hintName) =>
        Sources.FirstOrDefault(s => s.HintName == hintName).Text ?? throw new KeyNotFoundException(hintName + " was not generated; generated: " + string.Join(", ", Sources.Select(s => s.HintName)));

    /// <summary>Warnings and errors of the compilation with the generated code (CS1591, missing XML comments, is a style choice of the consumer).</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS1591").ToList();

    /// <summary>Any exception the generator let escape (the generator must never throw).</summary>
    public Exception? GeneratorException => Result.Results.Single().Exception;

    /// <summary>Diagnostics as stable text: id, severity, file name, 1-based line:column and message.</summary>
    public string DescribeDiagnostics() => GeneratorHarness.Describe(GeneratorDiagnostics);
}

/// <summary>Runs the generator through <see cref="CSharpGeneratorDriver"/> on in-memory documents, as the compiler does.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    /// <summary>The test runtime's own assemblies (framework and packages), minus this project's and the generator's.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>What the SDK passes for a net10.0 project: the language version, XML comments checked, and the target framework's symbols.</summary>
    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Latest) =>
        new(version, DocumentationMode.Diagnose, preprocessorSymbols: Net10Symbols);

    private static readonly string[] Net10Symbols =
    {
        "NET", "NET10_0", "NETCOREAPP", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER",
        "NET9_0_OR_GREATER", "NET10_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER",
    };

    public static CSharpCompilation CreateCompilation(LanguageVersion version = LanguageVersion.Latest, IEnumerable<string>? sources = null, IEnumerable<MetadataReference>? references = null) =>
        CSharpCompilation.Create(
            "GeneratedUnderTest",
            // At least one tree: a compilation takes its language version from its syntax trees.
            (sources ?? new[] { "// The consuming project's own code." }).Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions(version), path: "Source" + i + ".cs")),
            references ?? References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                generalDiagnosticOption: ReportDiagnostic.Default));

    public static GeneratorDriver CreateDriver(IEnumerable<SpecFile> specs, LanguageVersion version = LanguageVersion.Latest, IReadOnlyDictionary<string, string>? globalProperties = null)
    {
        var list = specs.ToList();
        var texts = list.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToImmutableArray();
        var metadata = list.Where(s => s.Metadata is not null).ToDictionary(s => s.Path, s => s.Metadata!);
        return CSharpGeneratorDriver.Create(
            new[] { new OpenApiSourceGenerator().AsSourceGenerator() },
            texts,
            ParseOptions(version),
            new TestOptionsProvider(globalProperties, metadata),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static GeneratorRun Run(
        IEnumerable<SpecFile> specs,
        LanguageVersion version = LanguageVersion.Latest,
        IReadOnlyDictionary<string, string>? globalProperties = null,
        IEnumerable<string>? extraSources = null,
        IEnumerable<MetadataReference>? references = null,
        CancellationToken cancellationToken = default)
    {
        var input = CreateCompilation(version, extraSources, references);
        var driver = CreateDriver(specs, version, globalProperties)
            .RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics, cancellationToken);
        return new GeneratorRun(driver, driver.GetRunResult(), input, output, diagnostics);
    }

    public static GeneratorRun Run(params SpecFile[] specs) => Run((IEnumerable<SpecFile>)specs);

    /// <summary>Runs under a hang guard: the generator gets a cancellation token, and the test fails if it does not finish within the limit.</summary>
    public static async Task<GeneratorRun> RunGuardedAsync(SpecFile spec, int seconds = 60, IEnumerable<MetadataReference>? references = null)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        return await Task.Run(() => Run(new[] { spec }, references: references, cancellationToken: cts.Token), cts.Token)
            .WaitAsync(TimeSpan.FromSeconds(seconds + 5));
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics
            .OrderBy(d => d.Location.GetLineSpan().StartLinePosition)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(Describe));

    public static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var where = d.Location == Location.None
            ? "(no location)"
            : Path.GetFileName(span.Path) + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + ")";
        return d.Id + " " + d.Severity + " " + where + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>All generated files as one text: a header line per file, then its content.</summary>
    public static string Dump(IEnumerable<(string HintName, string Text)> sources)
    {
        var sb = new StringBuilder();
        foreach (var (hint, text) in sources)
        {
            sb.Append("//// ").Append(hint).Append('\n');
            sb.Append(text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF'));
            if (!text.EndsWith('\n'))
            {
                sb.Append('\n');
            }
        }

        return sb.ToString();
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var tpa = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? throw new InvalidOperationException("TRUSTED_PLATFORM_ASSEMBLIES is not set.");
        return tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !Path.GetFileName(p).StartsWith("HeyGen.", StringComparison.OrdinalIgnoreCase))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
