using HeyGen.Examples.AvatarAlert;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HeyGen.Realtime.Tests.Infrastructure;

/// <summary>The avatar-alert example, started in-process on a free loopback port and pointed at a test's emulator.</summary>
internal sealed class AvatarAlertServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AvatarAlertServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>Starts the app with the "heygen" backend aimed at <paramref name="emulator"/> (the same path a real key takes).</summary>
    public static Task<AvatarAlertServer> StartAsync(HeyGenEmulator emulator, Action<AvatarAlertOptions>? configure = null) =>
        StartAsync(options =>
        {
            options.BaseUrl = emulator.BaseUrl;
            options.ApiKey = emulator.ApiKey;
            configure?.Invoke(options);
        });

    public static async Task<AvatarAlertServer> StartAsync(Action<AvatarAlertOptions> configure)
    {
        var app = AvatarAlertApp.Build(["--urls", "http://127.0.0.1:0"], options =>
        {
            options.Backend = AvatarAlertOptions.HeyGenBackend;
            options.MaxRetries = 0;
            configure(options);
        });
        app.Logger.LogDebug("Starting the avatar-alert example for a test.");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new AvatarAlertServer(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
