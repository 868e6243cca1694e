using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HeyGen.Generator.Tests.Infrastructure;

/// <summary>MSBuild options as the compiler hands them to generators: global build properties and per-AdditionalFile metadata.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly ImmutableDictionary<string, DictionaryOptions> _perFile;

    public TestOptionsProvider(IReadOnlyDictionary<string, string>? globalProperties, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> metadataByPath)
    {
        GlobalOptions = new DictionaryOptions((globalProperties ?? new Dictionary<string, string>()).ToDictionary(p => "build_property." + p.Key, p => p.Value));
        _perFile = metadataByPath.ToImmutableDictionary(
            p => p.Key,
            p => new DictionaryOptions(p.Value.ToDictionary(m => "build_metadata.AdditionalFiles." + m.Key, m => m.Value)));
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _perFile.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
