using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HeyGen.Manifests.Tests.Infrastructure;

namespace HeyGen.Manifests.Tests.CrashSafety;

/// <summary>The emulator as its own process (so it outlives the CLI processes a test kills), and its accounting over HTTP.</summary>
internal sealed partial class StandaloneEmulator : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly HttpClient _http;

    private StandaloneEmulator(ChildProcess process, Uri baseUrl, string apiKey)
    {
        _process = process;
        BaseUrl = baseUrl;
        ApiKey = apiKey;
        _http = new HttpClient { BaseAddress = baseUrl };
        _http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
    }

    public Uri BaseUrl { get; }

    public string ApiKey { get; }

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["HEYGEN_API_KEY"] = ApiKey, ["HEYGEN_BASE_URL"] = BaseUrl.ToString() };

    public static async Task<StandaloneEmulator> StartAsync(double speed)
    {
        var process = ChildProcess.Start(BuiltTools.Emulator, ["--port", "0", "--speed", speed.ToString(CultureInfo.InvariantCulture)]);
        var line = await process.WaitForLineAsync(l => l.StartsWith("HeyGen emulator listening on ", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        var match = line is null ? null : ListeningLine().Match(line);
        if (match is null || !match.Success)
        {
            process.Dispose();
            throw new InvalidOperationException("The emulator did not start:\n" + process.Output);
        }

        return new StandaloneEmulator(process, new Uri(match.Groups["url"].Value.TrimEnd('/') + "/"), match.Groups["key"].Value);
    }

    /// <summary>The emulator's accounting document (GET /_emulator/accounting).</summary>
    public async Task<JsonElement> AccountingAsync()
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync(new Uri("_emulator/accounting", UriKind.Relative)));
        return document.RootElement.Clone();
    }

    public async Task ResetAsync()
    {
        using var response = await _http.PostAsync(new Uri("_emulator/reset", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    [GeneratedRegex(@"listening on (?<url>http://127\.0\.0\.1:\d+/?) \(API key: (?<key>[^)]+)\)")]
    private static partial Regex ListeningLine();
}
