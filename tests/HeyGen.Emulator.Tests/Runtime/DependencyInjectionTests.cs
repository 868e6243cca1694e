using HeyGen.Emulator.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HeyGen.Emulator.Tests.Runtime;

/// <summary>services.AddHeyGenClient on IHttpClientFactory, with the container's logging, against the emulator.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task A_container_built_client_talks_to_the_emulator_and_logs_without_the_key()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var logger = new CapturingLogger();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new SingleLoggerProvider(logger)));
        services.AddHeyGenClient(options =>
        {
            options.BaseAddress = emulator.BaseUrl;
            options.ApiKey = emulator.ApiKey;
        });
        await using var provider = services.BuildServiceProvider();

        using var client = provider.GetRequiredService<HeyGenClient>();
        var user = await client.Users.GetCurrentUserAsync();

        Assert.Equal("emulator", user.Username);
        Assert.Contains(logger.Lines, line => line.Contains("/v3/users/me", StringComparison.Ordinal));
        Assert.All(logger.Lines, line => Assert.DoesNotContain(emulator.ApiKey, line, StringComparison.Ordinal));
    }

    private sealed class SingleLoggerProvider(ILogger logger) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => logger;

        public void Dispose()
        {
        }
    }
}
