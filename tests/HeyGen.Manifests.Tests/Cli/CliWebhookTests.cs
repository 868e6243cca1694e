using HeyGen.Cli;
using HeyGen.Manifests.Tests.Infrastructure;

namespace HeyGen.Manifests.Tests.Cli;

/// <summary><c>heygen render --webhook-listen</c>, run in-process.</summary>
public sealed class CliWebhookTests : IDisposable
{
    private readonly ManifestWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Render_on_the_emulator_completes_through_webhooks_to_the_listener()
    {
        // The embedded emulator can reach the listener directly: callback_url is the listen prefix itself.
        var prefix = "http://127.0.0.1:" + FreePort() + "/heygen/";
        var path = _workspace.Write(WebhookRig.WithCallback(SampleManifests.ThreeScenes, new Uri(prefix)));

        var run = await CliRun.InvokeAsync("render", path, "--emulator", "--webhook-listen", prefix);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Output + run.Error);
        Assert.Contains("Listening for webhooks at " + prefix, run.Output, StringComparison.Ordinal);
        Assert.Equal(3, run.Output.Split('\n').Count(line => line.Contains("notified by webhook", StringComparison.Ordinal)));
        Assert.Contains("Webhooks: 3 video events received, 0 deliveries refused", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Against_the_real_api_the_listener_needs_a_signing_secret()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var path = _workspace.Write(SampleManifests.ThreeScenes);
        var environment = new Dictionary<string, string> { ["HEYGEN_API_KEY"] = emulator.ApiKey };

        var run = await CliRun.InvokeAsync(environment, "render", path, "--base-url", emulator.BaseUrl.ToString(), "--webhook-listen", "http://127.0.0.1:" + FreePort() + "/", "--webhook-secret-env", "MY_HOOK_SECRET");

        Assert.Equal(ExitCodes.Configuration, run.ExitCode);
        Assert.Contains("MY_HOOK_SECRET", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, emulator.Accounting.RequestsTotal);
    }

    [Fact]
    public async Task A_malformed_listen_prefix_exits_3_before_anything_starts()
    {
        var path = _workspace.Write(SampleManifests.ThreeScenes);

        var run = await CliRun.InvokeAsync("render", path, "--emulator", "--webhook-listen", "https://127.0.0.1:8443/");

        Assert.Equal(ExitCodes.Configuration, run.ExitCode);
        Assert.Contains("--webhook-listen", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_workspace.OutputDirectory));
    }

    private static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
