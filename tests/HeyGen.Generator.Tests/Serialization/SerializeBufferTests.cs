using System.Text;
using System.Text.Json;
using HeyGen.Generator.Tests.Unions;
using Xunit;

namespace HeyGen.Generator.Tests.Serialization;

/// <summary>The runtime's Serialize reuses one writer and buffer per thread: nesting, failures and large values must not leak between calls.</summary>
public sealed class SerializeBufferTests
{
    private static readonly UnionsJsonWriteAction<string> WriteString = static (w, s) => w.WriteStringValue(s);

    [Fact]
    public void A_serialization_inside_a_serialization_gets_its_own_writer()
    {
        var outer = UnionsJson.Serialize(7, static (w, v) =>
        {
            w.WriteStartArray();
            w.WriteNumberValue(v);
            var inner = UnionsJson.Serialize("inner", WriteString);
            w.WriteStringValue(Encoding.UTF8.GetString(inner));
            w.WriteNumberValue(v + 1);
            w.WriteEndArray();
        });

        Assert.Equal("[7,\"\\u0022inner\\u0022\",8]", Encoding.UTF8.GetString(outer));
        Assert.Equal("\"after\"", Encoding.UTF8.GetString(UnionsJson.Serialize("after", WriteString)));
    }

    [Fact]
    public void A_failed_serialization_leaves_nothing_behind()
    {
        Assert.Throws<InvalidOperationException>(() => UnionsJson.Serialize(1, static (w, v) =>
        {
            w.WriteStartObject();
            w.WritePropertyName("half");
            throw new InvalidOperationException("boom");
        }));

        Assert.Equal("\"clean\"", Encoding.UTF8.GetString(UnionsJson.Serialize("clean", WriteString)));
    }

    [Fact]
    public void Large_then_small_values_come_out_whole()
    {
        var large = new string('x', 200_000);

        var first = UnionsJson.Serialize(large, WriteString);
        var second = UnionsJson.Serialize("small", WriteString);

        Assert.Equal(large, JsonSerializer.Deserialize<string>(first));
        Assert.Equal("\"small\"", Encoding.UTF8.GetString(second));
    }

    [Fact]
    public async Task Parallel_serializations_do_not_mix()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
            Encoding.UTF8.GetString(UnionsJson.Serialize(new string((char)('a' + (i % 26)), 1000 + i), WriteString)))));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal("\"" + new string((char)('a' + (i % 26)), 1000 + i) + "\"", results[i]);
        }
    }
}
