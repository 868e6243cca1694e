using System.Text;
using HeyGen.Manifests.Tests.Infrastructure;

namespace HeyGen.Manifests.Tests.Validation;

/// <summary>
/// Mutated manifests (bytes flipped, lines dropped, duplicated or shuffled, indentation broken, random
/// punctuation) never crash the loader: every outcome is a list of errors with positions, or a valid manifest.
/// Seeds are fixed so a failure reproduces.
/// </summary>
public sealed class LoaderFuzzTests
{
    private const string Alphabet = ":-{}[]#&*!|>'\"%@` \t\n?,~0123456789abcxyz";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Mutated_manifests_never_crash_the_loader(int seed)
    {
        using var workspace = new ManifestWorkspace();
        var source = File.ReadAllText(Path.Combine(TestPaths.Examples, "product-launch.yaml"));
        var random = new Random(seed);
        for (var i = 0; i < 250; i++)
        {
            var mutated = Mutate(source, random);
            var path = workspace.Write(mutated);

            var validation = ManifestEngine.Validate(path);

            Assert.True(validation.IsValid || validation.Errors.Count > 0);
            Assert.All(validation.Errors, e => Assert.True(e.Line >= 1 && e.Column >= 1, "seed " + seed + " #" + i + ": " + e));
        }
    }

    [Fact]
    public void Binary_garbage_and_empty_files_are_errors_not_crashes()
    {
        using var workspace = new ManifestWorkspace();
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        File.WriteAllBytes(workspace.ManifestPath, bytes);
        Assert.NotEmpty(ManifestEngine.Validate(workspace.ManifestPath).Errors);

        File.WriteAllText(workspace.ManifestPath, string.Empty);
        Assert.NotEmpty(ManifestEngine.Validate(workspace.ManifestPath).Errors);

        File.WriteAllText(workspace.ManifestPath, "- just\n- a\n- list\n");
        Assert.NotEmpty(ManifestEngine.Validate(workspace.ManifestPath).Errors);
    }

    [Fact]
    public void A_missing_manifest_is_an_error_naming_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-manifest-" + Guid.NewGuid().ToString("N") + ".yaml");

        var error = Assert.Single(ManifestEngine.Validate(path).Errors);

        Assert.Contains(path, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Alias_bombs_are_rejected_without_expanding()
    {
        using var workspace = new ManifestWorkspace();
        var yaml = new StringBuilder("version: 1\nname: bomb\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++)
        {
            yaml.Append('a').Append(i).Append(": &a").Append(i).Append(" [*a").Append(i - 1).Append(", *a").Append(i - 1).Append(", *a").Append(i - 1).Append(", *a").Append(i - 1).Append("]\n");
        }

        yaml.Append("scenes: []\n");
        var path = workspace.Write(yaml.ToString());

        Assert.NotEmpty(ManifestEngine.Validate(path).Errors);
    }

    private static string Mutate(string source, Random random)
    {
        var lines = source.Split('\n').ToList();
        var operations = random.Next(1, 4);
        for (var op = 0; op < operations; op++)
        {
            var index = random.Next(lines.Count);
            switch (random.Next(6))
            {
                case 0:
                    lines.RemoveAt(index);
                    break;
                case 1:
                    lines.Insert(index, lines[random.Next(lines.Count)]);
                    break;
                case 2:
                    lines[index] = new string(' ', random.Next(0, 7)) + lines[index].TrimStart();
                    break;
                case 3:
                    lines[index] = Insert(lines[index], Alphabet[random.Next(Alphabet.Length)], random);
                    break;
                case 4:
                    (lines[index], lines[random.Next(lines.Count)]) = (lines[random.Next(lines.Count)], lines[index]);
                    break;
                default:
                    lines[index] = lines[index].Length == 0 ? lines[index] : lines[index].Remove(random.Next(lines[index].Length), 1);
                    break;
            }

            if (lines.Count == 0)
            {
                lines.Add(string.Empty);
            }
        }

        return string.Join('\n', lines);
    }

    private static string Insert(string line, char c, Random random) => line.Insert(random.Next(line.Length + 1), c.ToString());
}
