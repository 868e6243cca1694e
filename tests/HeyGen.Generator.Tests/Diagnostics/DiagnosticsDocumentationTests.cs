using System.Reflection;
using System.Text.RegularExpressions;
using HeyGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace HeyGen.Generator.Tests.Diagnostics;

/// <summary>docs/diagnostics.md, the descriptors and AnalyzerReleases.*.md describe the same diagnostics.</summary>
public sealed partial class DiagnosticsDocumentationTests
{
    private static List<DiagnosticDescriptor> Descriptors() =>
        typeof(HeyGen.Generator.OpenApiSourceGenerator).Assembly.GetType("HeyGen.Generator.Diagnostics.DiagnosticDescriptors", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    private static string Read(params string[] parts) => File.ReadAllText(Path.Combine(new[] { TestPaths.RepositoryRoot }.Concat(parts).ToArray()));

    [Fact]
    public void Every_descriptor_has_a_section_and_a_table_row_with_its_severity_and_title()
    {
        var doc = Read("docs", "diagnostics.md");
        var descriptors = Descriptors();
        Assert.Equal(15, descriptors.Count);

        foreach (var d in descriptors)
        {
            var row = "| [" + d.Id + "](#" + d.Id.ToLowerInvariant() + ") | " + d.DefaultSeverity + " | " + d.Title + " |";
            Assert.True(doc.Contains(row, StringComparison.Ordinal), "missing table row: " + row);

            var section = Regex.Match(doc, "^## " + d.Id + "\\n\\n\\*\\*(?<title>[^*]+)\\*\\* — (?<severity>\\w+)", RegexOptions.Multiline);
            Assert.True(section.Success, "missing section '## " + d.Id + "'");
            Assert.Equal(d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), section.Groups["title"].Value);
            Assert.Equal(d.DefaultSeverity.ToString(), section.Groups["severity"].Value);
            Assert.EndsWith("docs/diagnostics.md#" + d.Id.ToLowerInvariant(), d.HelpLinkUri, StringComparison.Ordinal);
        }

        var documented = SectionId().Matches(doc).Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal(descriptors.Select(d => d.Id), documented);
    }

    [Fact]
    public void Analyzer_release_files_list_every_descriptor_once_with_its_severity()
    {
        var releases = Read("generator", "HeyGen.Generator", "AnalyzerReleases.Shipped.md") + "\n" + Read("generator", "HeyGen.Generator", "AnalyzerReleases.Unshipped.md");
        var rows = ReleaseRow().Matches(releases).Select(m => (Id: m.Groups["id"].Value, Severity: m.Groups["severity"].Value, Title: m.Groups["notes"].Value.Trim())).ToList();

        Assert.Equal(Descriptors().Select(d => d.Id), rows.Select(r => r.Id));
        foreach (var d in Descriptors())
        {
            var row = rows.Single(r => r.Id == d.Id);
            Assert.Equal(d.DefaultSeverity.ToString(), row.Severity);
            Assert.StartsWith(d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Title, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("^## (?<id>HG\\d{4})$", RegexOptions.Multiline)]
    private static partial Regex SectionId();

    [GeneratedRegex("^(?<id>HG\\d{4}) \\| HeyGen\\.Generator \\| (?<severity>\\w+) \\| (?<notes>.*)$", RegexOptions.Multiline)]
    private static partial Regex ReleaseRow();
}
