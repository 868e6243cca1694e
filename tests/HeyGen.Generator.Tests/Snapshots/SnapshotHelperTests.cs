using HeyGen.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace HeyGen.Generator.Tests.Snapshots;

/// <summary>The snapshot helper itself fails on a difference and names the line.</summary>
public sealed class SnapshotHelperTests
{
    [Fact]
    public void A_difference_fails_with_the_first_differing_line_and_leaves_a_received_file()
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            return; // Accepting snapshots is the point of that mode.
        }

        var name = "snapshot-helper-self-test";
        var received = Path.Combine(TestPaths.Snapshots, name + ".received.txt");
        try
        {
            var error = Assert.Throws<XunitException>(() => Snapshot.Match(name, "alpha\nbeta\ndelta\n"));

            Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
            Assert.Contains("gamma", error.Message, StringComparison.Ordinal);
            Assert.True(File.Exists(received));
        }
        finally
        {
            File.Delete(received);
        }
    }

    [Fact]
    public void Line_endings_and_byte_order_marks_do_not_matter() =>
        Assert.Equal(Snapshot.Normalize("a\nb\n"), Snapshot.Normalize("\uFEFFa\r\nb\r\n\n"));
}
