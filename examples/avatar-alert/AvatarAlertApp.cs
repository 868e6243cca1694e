using HeyGen.Examples.AvatarAlert.Alerts;
using HeyGen.Examples.AvatarAlert.Backend;
using Microsoft.Extensions.FileProviders;

namespace HeyGen.Examples.AvatarAlert;

/// <summary>Builds the example app; <c>Program</c> runs it, the end-to-end test starts it on a free loopback port.</summary>
public static class AvatarAlertApp
{
    /// <summary>Creates the app from command-line arguments, appsettings.json and the environment.</summary>
    /// <param name="args">Command-line arguments (for example <c>--AvatarAlert:Backend=heygen</c>, <c>--urls</c>).</param>
    /// <param name="configure">Last say on the options (tests point the app at their own emulator).</param>
    public static WebApplication Build(string[] args, Action<AvatarAlertOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddOptions<AvatarAlertOptions>()
            .Bind(builder.Configuration.GetSection("AvatarAlert"))
            .PostConfigure(options =>
            {
                options.ApiKey ??= builder.Configuration["HEYGEN_API_KEY"];
                options.BaseUrl ??= Uri.TryCreate(builder.Configuration["HEYGEN_BASE_URL"], UriKind.Absolute, out var url) ? url : null;
                configure?.Invoke(options);
            });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AvatarBackend>();
        builder.Services.AddHostedService(services => services.GetRequiredService<AvatarBackend>());
        builder.Services.AddSingleton<AvatarSpeaker>();

        var app = builder.Build();
        var client = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "client"));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = client });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = client });
        app.MapAvatarAlert();
        return app;
    }
}
