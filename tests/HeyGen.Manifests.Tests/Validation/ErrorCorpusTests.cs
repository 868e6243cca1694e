using System.Reflection;
using HeyGen.Manifests.Tests.Infrastructure;
using HeyGen.Manifests.Validation;

namespace HeyGen.Manifests.Tests.Validation;

/// <summary>
/// Each broken manifest in Corpus/invalid yields exactly the errors listed in Corpus/invalid/expected.txt:
/// every error at once, each at its file, line, column and field, with a message and a fix.
/// </summary>
public sealed class ErrorCorpusTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestPaths.InvalidCorpus, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Broken_manifest_reports_exactly_the_expected_errors(string file)
    {
        var validation = ManifestEngine.Validate(Path.Combine(TestPaths.InvalidCorpus, file));

        Assert.False(validation.IsValid);
        Assert.Empty(validation.Scenes);
        var actual = validation.Errors.Select(e => $"{Path.GetFileName(e.File)} | {e.Code} | {e.Line}:{e.Column} | {e.Field}").ToList();
        Assert.Equal(Expected(file), actual);
        Assert.All(validation.Errors, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            Assert.False(string.IsNullOrWhiteSpace(e.Fix));
            Assert.True(e.Line >= 1 && e.Column >= 1, e.ToString());
            Assert.StartsWith(e.File + ":" + e.Line + ":" + e.Column + ": ", e.ToString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_error_class_has_a_broken_manifest()
    {
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        var covered = File.ReadAllLines(Path.Combine(TestPaths.InvalidCorpus, "expected.txt"))
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split(" | ")[2])
            .ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(codes, c => !covered.Contains(c));
    }

    [Fact]
    public void Unknown_key_suggests_the_nearest_known_key()
    {
        var error = Assert.Single(ManifestEngine.Validate(Path.Combine(TestPaths.InvalidCorpus, "unknown-key.yaml")).Errors, e => e.Code == ErrorCodes.UnknownKey);

        Assert.Contains("'script'", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_csv_column_names_the_columns_the_file_has()
    {
        var error = Assert.Single(ManifestEngine.Validate(Path.Combine(TestPaths.InvalidCorpus, "csv-column-missing.yaml")).Errors);

        Assert.Contains("name, email, plan", error.Message, StringComparison.Ordinal);
        Assert.Contains("{{ name }}", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_after_row_expansion_names_both_csv_lines()
    {
        var error = Assert.Single(ManifestEngine.Validate(Path.Combine(TestPaths.InvalidCorpus, "duplicate-id-rows.yaml")).Errors);

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Example_manifests_are_valid()
    {
        foreach (var file in Directory.GetFiles(TestPaths.Examples, "*.yaml"))
        {
            var validation = ManifestEngine.Validate(file);
            Assert.True(validation.IsValid, string.Join("\n", validation.Errors));
        }
    }

    private static List<string> Expected(string file) =>
        File.ReadAllLines(Path.Combine(TestPaths.InvalidCorpus, "expected.txt"))
            .Where(l => l.StartsWith(file + " | ", StringComparison.Ordinal))
            .Select(l => l[(file.Length + 3)..])
            .ToList();
}
