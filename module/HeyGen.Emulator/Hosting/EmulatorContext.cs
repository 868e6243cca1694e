using HeyGen.Emulator.Media;
using HeyGen.Emulator.State;
using HeyGen.Emulator.Webhooks;
using Microsoft.Extensions.Logging;

namespace HeyGen.Emulator.Hosting;

/// <summary>
/// Everything a route handler needs, built once per emulator instance (there is no static state: two
/// emulators in one process never share anything).
/// </summary>
internal sealed class EmulatorContext
{
    private Uri? _baseUrl;

    public EmulatorContext(EmulatorOptions options)
    {
        Options = options;
        Accounting = new EmulatorAccounting();
        Faults = new FaultInjector();
        Store = new EmulatorStore(options, Accounting);
        Urls = new MediaUrls(() => BaseUrl, options.DownloadUrlLifetime);
        Logger = options.LoggerFactory?.CreateLogger("HeyGen.Emulator") ?? (ILogger)Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        Webhooks = new WebhookDispatcher(this);
        Store.Attach(Webhooks);
    }

    public EmulatorOptions Options { get; }

    public TimeProvider Clock => Options.TimeProvider;

    public EmulatorAccounting Accounting { get; }

    public FaultInjector Faults { get; }

    public EmulatorStore Store { get; }

    public MediaUrls Urls { get; }

    public WebhookDispatcher Webhooks { get; }

    public ILogger Logger { get; }

    /// <summary>Forgets all state, deliveries and fault rules and zeroes the accounting (<c>POST /_emulator/reset</c>).</summary>
    public void Reset()
    {
        Store.Reset();
        Faults.Clear();
        Accounting.Reset();
        Webhooks.Reset();
    }

    /// <summary>http://127.0.0.1:port/ — known once Kestrel has bound its port.</summary>
    public Uri BaseUrl
    {
        get => _baseUrl ?? throw new InvalidOperationException("The emulator has not started yet.");
        set => _baseUrl = value;
    }
}
