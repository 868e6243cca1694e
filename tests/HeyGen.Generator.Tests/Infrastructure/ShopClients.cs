using HeyGen.Generator.Tests.Clients;

namespace HeyGen.Generator.Tests.Infrastructure;

/// <summary>Clients of the focused clients spec pointed at a recording server, with tiny retry waits on a recording clock.</summary>
internal static class ShopClients
{
    public const string ApiKey = "sk-shop-test-9f8e7d6c";

    public static ShopClient Create(RecordingServer server, RecordingTimeProvider? clock = null, int maxRetries = 4, string? apiKey = ApiKey) =>
        new(Options(server, clock, maxRetries, apiKey));

    public static ShopClientOptions Options(RecordingServer server, RecordingTimeProvider? clock = null, int maxRetries = 4, string? apiKey = ApiKey) => new()
    {
        BaseAddress = server.BaseAddress,
        ApiKey = apiKey,
        TimeProvider = clock ?? new RecordingTimeProvider(),
        Retry = new ShopRetryOptions
        {
            MaxRetries = maxRetries,
            InitialDelay = TimeSpan.FromMilliseconds(2),
            MaxDelay = TimeSpan.FromMilliseconds(10),
        },
    };
}
