using Microsoft.Playwright;

namespace HeyGen.Realtime.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for the end-to-end tests: Debian's <c>chromium</c> package driven by Playwright for .NET
/// (its driver ships inside the NuGet package; no browser is downloaded). Missing Chromium fails the tests with the
/// install command; it never skips them.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Where Debian's package puts Chromium; <c>CHROMIUM_PATH</c> overrides it.</summary>
    public const string DefaultExecutable = "/usr/bin/chromium";

    public const string InstallHint = "apt-get update && apt-get install -y chromium (as root, or with sudo)";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not running.");

    public static string Executable => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultExecutable;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                "The end-to-end tests need headless Chromium at " + Executable + ", and it is not there. Install Debian's package with: "
                + InstallHint + " (or set CHROMIUM_PATH to another Chromium).");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--mute-audio"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumTests : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Headless Chromium";
}
