using HeyGen.Emulator;

namespace HeyGen.Cli.Hosting;

/// <summary>
/// The HeyGen API a command talks to: the real one (key from <c>HEYGEN_API_KEY</c>, never from the command
/// line, where it would show in process lists and shell history) or the embedded emulator, started in-process
/// for the duration of the command.
/// </summary>
public sealed class ApiConnection : IAsyncDisposable
{
    /// <summary>The variable the API key is read from.</summary>
    public const string ApiKeyVariable = "HEYGEN_API_KEY";

    /// <summary>An alternative base URL (a proxy, or a standalone emulator).</summary>
    public const string BaseUrlVariable = "HEYGEN_BASE_URL";

    private readonly HeyGenEmulator? _emulator;

    private ApiConnection(HeyGenClient client, string description, HeyGenEmulator? emulator)
    {
        Client = client;
        Description = description;
        _emulator = emulator;
    }

    public HeyGenClient Client { get; }

    /// <summary>One line for the user: where requests go.</summary>
    public string Description { get; }

    public bool IsEmulator => _emulator is not null;

    /// <summary>Opens the connection the options ask for.</summary>
    /// <param name="emulator">Start the embedded emulator instead of calling HeyGen.</param>
    /// <param name="baseUrl">The API's base URL (real API only).</param>
    /// <param name="console">Where the API key and base URL variables are read.</param>
    /// <param name="cancellationToken">Cancels starting the emulator.</param>
    /// <param name="callbackSigningSecret">With the emulator: sign deliveries to callback URLs with this secret (HeyGen itself signs registered endpoints only).</param>
    /// <exception cref="CliConfigurationException">No API key, or a malformed base URL.</exception>
    public static async Task<ApiConnection> OpenAsync(bool emulator, string? baseUrl, CliConsole console, CancellationToken cancellationToken, string? callbackSigningSecret = null)
    {
        if (emulator)
        {
            // Ten times faster than the emulator's realistic default: the demo finishes in seconds, the
            // lifecycle (pending, processing, completed) and the account's job cap still apply.
            var server = await HeyGenEmulator.StartAsync(
                new EmulatorOptions { TimeProvider = new ScaledTimeProvider(10), CallbackSigningSecret = callbackSigningSecret },
                cancellationToken).ConfigureAwait(false);
            return new ApiConnection(server.CreateClient(), "the embedded HeyGen emulator at " + server.BaseUrl + " (nothing is sent to HeyGen, nothing is billed)", server);
        }

        var key = console.Environment(ApiKeyVariable);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new CliConfigurationException(
                ApiKeyVariable + " is not set. Set it to your HeyGen API key (Settings > API in the HeyGen app), "
                + "for example `export " + ApiKeyVariable + "=...`, or add --emulator to run against the embedded emulator.");
        }

        var url = baseUrl ?? console.Environment(BaseUrlVariable);
        Uri? address = null;
        if (!string.IsNullOrWhiteSpace(url) && !Uri.TryCreate(url, UriKind.Absolute, out address))
        {
            throw new CliConfigurationException("The base URL '" + url + "' is not an absolute URL; expected for example https://api.heygen.com/.");
        }

        var options = new HeyGenClientOptions { ApiKey = key, UserAgent = "heygen-cli/" + typeof(ApiConnection).Assembly.GetName().Version };
        if (address is not null)
        {
            options.BaseAddress = address;
        }

        return new ApiConnection(new HeyGenClient(options), "HeyGen at " + (address?.ToString() ?? "https://api.heygen.com/"), null);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
