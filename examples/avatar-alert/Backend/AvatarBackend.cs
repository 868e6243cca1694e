using HeyGen.Emulator;
using Microsoft.Extensions.Options;

namespace HeyGen.Examples.AvatarAlert.Backend;

/// <summary>
/// Owns the HeyGen client the server speaks through: bound to an in-process emulator (the default) or to HeyGen with
/// the server's API key. Without a key there is no client, and every alert falls back to the dialog.
/// </summary>
public sealed class AvatarBackend(IOptions<AvatarAlertOptions> options, ILogger<AvatarBackend> logger) : IHostedService, IAsyncDisposable
{
    private readonly AvatarAlertOptions _options = options.Value;

    /// <summary>The client, or null when the avatar is not configured (no API key).</summary>
    public HeyGenClient? Client { get; private set; }

    /// <summary>The in-process emulator, when that is the backend.</summary>
    public HeyGenEmulator? Emulator { get; private set; }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.Equals(_options.Backend, AvatarAlertOptions.EmulatorBackend, StringComparison.OrdinalIgnoreCase))
        {
            Emulator = await HeyGenEmulator.StartAsync(new EmulatorOptions(), cancellationToken);
            Client = Emulator.CreateClient(o => o.Retry.MaxRetries = _options.MaxRetries);
            logger.LogInformation("Avatar alerts use the in-process HeyGen emulator at {BaseUrl}.", Emulator.BaseUrl);
            return;
        }

        if (!string.Equals(_options.Backend, AvatarAlertOptions.HeyGenBackend, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("AvatarAlert:Backend must be '" + AvatarAlertOptions.EmulatorBackend + "' or '" + AvatarAlertOptions.HeyGenBackend + "', not '" + _options.Backend + "'.");
        }

        if (string.IsNullOrWhiteSpace(_options.ApiKey))
        {
            logger.LogWarning("No HeyGen API key (HEYGEN_API_KEY) is configured: avatar alerts will fall back to the dialog.");
            return;
        }

        var clientOptions = new HeyGenClientOptions { ApiKey = _options.ApiKey, BaseAddress = _options.BaseUrl };
        clientOptions.Retry.MaxRetries = _options.MaxRetries;
        Client = new HeyGenClient(clientOptions);
        logger.LogInformation("Avatar alerts use HeyGen at {BaseUrl}.", _options.BaseUrl?.ToString() ?? "https://api.heygen.com");
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync();
        }
    }
}
