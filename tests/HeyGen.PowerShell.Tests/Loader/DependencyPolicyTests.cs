using HeyGen.PowerShell.Loader;

namespace HeyGen.PowerShell.Tests.Loader;

public sealed class DependencyPolicyTests
{
    [Theory]
    [InlineData("16.0.0.0", null, LoadChoice.Private)]          // YamlDotNet: not part of .NET
    [InlineData("10.0.0.0", "8.0.0.0", LoadChoice.Private)]     // System.Text.Json 10 on PowerShell 7.4 (.NET 8)
    [InlineData("10.0.0.0", "10.0.0.0", LoadChoice.Platform)]   // the same on .NET 10
    [InlineData("4.0.1.2", "8.0.0.0", LoadChoice.Platform)]     // System.Memory: the framework's Span must win
    public void The_framework_wins_only_when_it_is_at_least_as_new(string ours, string? framework, LoadChoice expected)
    {
        Assert.Equal(expected, DependencyPolicy.Decide(Version.Parse(ours), framework is null ? null : Version.Parse(framework)));
    }

    [Theory]
    [InlineData("4.0.1.2", "4.0.1.0", true)]
    [InlineData("4.0.1.2", null, true)]
    [InlineData("4.0.1.2", "4.0.2.0", false)]
    public void On_NET_Framework_a_private_copy_serves_requests_up_to_its_version(string ours, string? requested, bool expected)
    {
        Assert.Equal(expected, DependencyPolicy.CanServe(Version.Parse(ours), requested is null ? null : Version.Parse(requested)));
    }
}
