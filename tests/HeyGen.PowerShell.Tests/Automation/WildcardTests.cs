using HeyGen.Automation;

namespace HeyGen.PowerShell.Tests.Automation;

public sealed class WildcardTests
{
    [Theory]
    [InlineData("Daisy*", "Daisy in skirt", true)]
    [InlineData("daisy*", "Daisy in skirt", true)]
    [InlineData("*skirt", "Angela in black skirt", true)]
    [InlineData("Da?sy*", "Daisy", true)]
    [InlineData("[AJ]*", "Josh", true)]
    [InlineData("[a-c]*", "Daisy", false)]
    [InlineData("Daisy", "Daisy in skirt", false)]
    [InlineData("a.b", "axb", false)]
    [InlineData("100`%", "100%", true)]
    [InlineData("what`?", "what?", true)]
    [InlineData("what`?", "whats", false)]
    public void Matches_like_PowerShell(string pattern, string value, bool expected)
    {
        Assert.Equal(expected, new Wildcard(pattern).IsMatch(value));
    }

    [Fact]
    public void No_patterns_match_everything_and_any_value_may_match()
    {
        Assert.True(Wildcard.MatchesAny(Array.Empty<Wildcard>(), "x"));
        Assert.True(Wildcard.MatchesAny(new[] { new Wildcard("josh_*") }, "Josh (lite)", "josh_lite3_20230714"));
        Assert.False(Wildcard.MatchesAny(new[] { new Wildcard("Anna") }, "Edward", null));
    }

    [Fact]
    public void An_unclosed_bracket_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => new Wildcard("[abc"));
        Assert.True(Wildcard.ContainsWildcard("a*"));
        Assert.False(Wildcard.ContainsWildcard("a`*"));
    }
}
