using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using HeyGen.Internal;
using Microsoft.Extensions.Logging;

namespace HeyGen;

/// <summary>Registers <see cref="HeyGenClient"/> on IHttpClientFactory.</summary>
public static class HeyGenServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient the factory creates for HeyGen.</summary>
    public const string HttpClientName = "HeyGen";

    /// <summary>
    /// Adds a transient <see cref="HeyGenClient"/> built on a factory-managed HttpClient, with one shared
    /// <see cref="HeyGenClientOptions"/> (configured here; the logger defaults to the container's "HeyGen" category).
    /// Returns the HttpClient builder so callers can add handlers.
    /// </summary>
    public static IHttpClientBuilder AddHeyGenClient(this IServiceCollection services, Action<HeyGenClientOptions>? configure = null)
    {
        Guard.NotNull(services, nameof(services));
        services.TryAddSingleton(provider =>
        {
            var options = new HeyGenClientOptions();
            configure?.Invoke(options);
            options.Logger ??= provider.GetService<ILoggerFactory>()?.CreateLogger("HeyGen");
            return options;
        });
        services.TryAddTransient(provider => new HeyGenClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            provider.GetRequiredService<HeyGenClientOptions>()));

        // The client applies its own timeout per kind of call (uploads and downloads take longer).
        return services.AddHttpClient(HttpClientName, client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan);
    }
}
