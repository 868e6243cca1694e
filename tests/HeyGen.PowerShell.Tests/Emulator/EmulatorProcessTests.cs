using HeyGen.Automation;
using HeyGen.PowerShell.Tests.Support;

namespace HeyGen.PowerShell.Tests.Emulator;

/// <summary>Start-HeyGenEmulator's process management, with the emulator the module ships.</summary>
public sealed class EmulatorProcessTests
{
    [Fact]
    public async Task The_shipped_emulator_starts_serves_the_session_and_stops()
    {
        using var session = new HeyGenSession(_ => null);
        var emulator = await EmulatorLauncher.StartAsync(TestPaths.ModuleDir, 0, Environment.GetEnvironmentVariable, CancellationToken.None);
        try
        {
            Assert.Equal("127.0.0.1", emulator.BaseUrl.Host);
            Assert.NotEqual(0, emulator.BaseUrl.Port);
            session.AttachEmulator(emulator);
            var user = await HeyGenUser.GetAsync(session.Client, CancellationToken.None);
            Assert.False(string.IsNullOrEmpty(user.UserName));
        }
        finally
        {
            session.DetachEmulator();
        }

        Assert.True(emulator.HasExited);
    }

    [Fact]
    public async Task A_missing_emulator_is_a_clear_start_error()
    {
        var error = await Assert.ThrowsAsync<EmulatorStartException>(() => EmulatorLauncher.StartAsync(Path.GetTempPath(), 0, Environment.GetEnvironmentVariable, CancellationToken.None));
        Assert.Contains("HeyGen.Emulator.dll", error.Message, StringComparison.Ordinal);
        Assert.Equal(HeyGenErrorCategory.ResourceUnavailable, ErrorMapper.Map(error, null).Category);
    }

    [Fact]
    public async Task A_process_that_exits_before_the_banner_reports_its_exit()
    {
        var fake = Path.Combine(Path.GetTempPath(), "heygen-fake-" + Guid.NewGuid().ToString("N") + ".dll");
        File.WriteAllText(fake, "not an assembly");
        try
        {
            var dotnet = DotNetLocator.Find(Environment.GetEnvironmentVariable, File.Exists, OperatingSystem.IsWindows())!;
            var error = await Assert.ThrowsAsync<EmulatorStartException>(() => EmulatorProcess.StartAsync(new EmulatorStartInfo(dotnet, fake), CancellationToken.None));
            Assert.Contains("exited before it was ready", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(fake);
        }
    }
}
