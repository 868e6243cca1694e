using System.Net;
using HeyGen.Emulator.Pipeline;
using HeyGen.Emulator.Routes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HeyGen.Emulator.Hosting;

/// <summary>Builds the Kestrel app on 127.0.0.1: one middleware for the cross-cutting rules, then the spec's routes.</summary>
internal static class EmulatorHost
{
    /// <summary>Asset uploads are capped at 32 MB by HeyGen; Kestrel must let a larger body through so the route can answer 413 itself.</summary>
    private const long MaxRequestBodyBytes = 64L * 1024 * 1024;

    public static async Task<WebApplication> StartAsync(EmulatorContext emulator, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(EmulatorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // The emulator logs one line per request itself (through EmulatorOptions.LoggerFactory); the framework stays quiet.
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, emulator.Options.Port);
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });
        builder.Services.AddRouting();
        builder.Services.AddSingleton(emulator);

        var app = builder.Build();
        app.UseRouting();
        app.UseMiddleware<ApiPipelineMiddleware>();
        EmulatorRoutes.Map(app, emulator);

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        emulator.BaseUrl = new Uri("http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture) + "/");
        return app;
    }
}
