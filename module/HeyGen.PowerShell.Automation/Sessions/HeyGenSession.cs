using System.Net.Http;

namespace HeyGen.Automation;

/// <summary>
/// One PowerShell runspace's HeyGen state: the connection (explicit, from the environment, or a local emulator),
/// the client built for it (one HttpClient, reused by every command), and the completion cache. While an
/// emulator is attached the session talks to it; detaching restores the connection that was active before.
/// </summary>
public sealed class HeyGenSession : IDisposable
{
    private readonly Func<string, string?> _environment;
    private readonly Func<HttpMessageHandler> _transport;
    private readonly object _gate = new();
    private ConnectionSettings? _connected;
    private ConnectionSettings? _beforeEmulator;
    private IEmulatorHandle? _emulator;
    private HeyGenClient? _client;
    private HttpClient? _http;

    /// <param name="environment">Reads environment variables (tests pass a dictionary).</param>
    /// <param name="transport">Creates the innermost HTTP handler (tests may substitute one); null uses <see cref="HttpClientHandler"/>.</param>
    public HeyGenSession(Func<string, string?> environment, Func<HttpMessageHandler>? transport = null)
    {
        _environment = environment ?? throw new ArgumentNullException(nameof(environment));
        _transport = transport ?? (() => new HttpClientHandler());
        Completions = new CompletionCache(TimeSpan.FromMinutes(10));
    }

    /// <summary>What the session talks to now: the emulator, else the Connect-HeyGen settings, else the environment.</summary>
    public ConnectionSettings Settings
    {
        get
        {
            lock (_gate)
            {
                return _connected ?? ConnectionResolver.Implicit(_environment);
            }
        }
    }

    /// <summary>The attached emulator, or null.</summary>
    public IEmulatorHandle? Emulator
    {
        get
        {
            lock (_gate)
            {
                return _emulator;
            }
        }
    }

    /// <summary>Cached avatar and voice lists for tab completion; cleared whenever the connection changes.</summary>
    public CompletionCache Completions { get; }

    /// <summary>Realtime sessions started here and their background keep-alives; renewed whenever the connection changes.</summary>
    public RealtimeSessionRegistry Realtime { get; private set; } = new();

    /// <summary>Streaming sessions created here; renewed whenever the connection changes.</summary>
    public StreamingSessionRegistry Streaming { get; private set; } = new();

    /// <summary>What the photo avatar cmdlets learnt about generations and groups; renewed whenever the connection changes.</summary>
    public PhotoAvatarMemory PhotoAvatars { get; private set; } = new();

    /// <summary>The client for <see cref="Settings"/>, created on first use and kept until the connection changes.</summary>
    public HeyGenClient Client
    {
        get
        {
            lock (_gate)
            {
                if (_client is null)
                {
                    var settings = _connected ?? ConnectionResolver.Implicit(_environment);
                    _http = new HttpClient(new RequestLogHandler(_transport())) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
                    _client = new HeyGenClient(_http, new HeyGenClientOptions
                    {
                        BaseAddress = settings.BaseUrl,
                        ApiKey = settings.ApiKey is null ? null : SecretText.Reveal(settings.ApiKey),
                        ApiKeyEnvironmentVariable = ConnectionResolver.ApiKeyVariable,
                        UserAgent = "HeyGen-PowerShell/" + typeof(HeyGenSession).Assembly.GetName().Version,
                    });
                }

                return _client;
            }
        }
    }

    /// <summary>Switches to <paramref name="settings"/>. While an emulator runs, the new settings apply after it stops.</summary>
    public void Connect(ConnectionSettings settings)
    {
        if (settings is null)
        {
            throw new ArgumentNullException(nameof(settings));
        }

        lock (_gate)
        {
            if (_emulator is not null && settings.Source != ConnectionSource.Emulator)
            {
                _beforeEmulator = settings;
                return;
            }

            Replace(settings);
        }
    }

    /// <summary>Forgets the Connect-HeyGen settings (the environment applies again). An attached emulator keeps running.</summary>
    public void Disconnect()
    {
        lock (_gate)
        {
            if (_emulator is not null)
            {
                _beforeEmulator = null;
                return;
            }

            Replace(null);
        }
    }

    /// <summary>Switches the session to a started emulator, remembering the current connection.</summary>
    /// <exception cref="InvalidOperationException">An emulator is already attached.</exception>
    public HeyGenConnection AttachEmulator(IEmulatorHandle emulator)
    {
        if (emulator is null)
        {
            throw new ArgumentNullException(nameof(emulator));
        }

        lock (_gate)
        {
            if (_emulator is { HasExited: false })
            {
                throw new InvalidOperationException("An emulator is already running at " + _emulator.BaseUrl + " (process " + _emulator.ProcessId + "); stop it with Stop-HeyGenEmulator first.");
            }

            _beforeEmulator = _emulator is null ? _connected : _beforeEmulator;
            _emulator = emulator;
            var settings = new ConnectionSettings(emulator.BaseUrl, SecretText.Protect(emulator.ApiKey), ConnectionSource.Emulator);
            Replace(settings);
            return new HeyGenConnection(settings.BaseUrl, settings.Source, null);
        }
    }

    /// <summary>Detaches and stops the emulator, restoring the previous connection; null when none was attached.</summary>
    public IEmulatorHandle? DetachEmulator()
    {
        lock (_gate)
        {
            var emulator = _emulator;
            if (emulator is null)
            {
                return null;
            }

            _emulator = null;
            Replace(_beforeEmulator);
            _beforeEmulator = null;
            emulator.Dispose();
            return emulator;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _emulator?.Dispose();
            _emulator = null;
            Replace(null);
        }
    }

    private void Replace(ConnectionSettings? settings)
    {
        _connected = settings;
        _client?.Dispose();
        _http?.Dispose();
        _client = null;
        _http = null;
        Completions.Clear();

        // Their keep-alives and sessions belong to the old connection's client.
        Realtime.Dispose();
        Realtime = new RealtimeSessionRegistry();
        Streaming = new StreamingSessionRegistry();
        PhotoAvatars = new PhotoAvatarMemory();
    }
}
