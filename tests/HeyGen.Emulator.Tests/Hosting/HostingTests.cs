using System.Diagnostics;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Hosting;

/// <summary>In-process hosting on loopback, the standalone process and its one-line contract, and the command line.</summary>
public sealed partial class HostingTests
{
    [Fact]
    public async Task Emulators_listen_on_loopback_on_their_own_ports_and_release_them()
    {
        var first = await TestEmulator.StartAsync();
        Uri firstUrl;
        await using (var second = await TestEmulator.StartAsync())
        {
            firstUrl = first.BaseUrl;
            Assert.Equal("127.0.0.1", first.BaseUrl.Host);
            Assert.NotEqual(first.BaseUrl.Port, second.BaseUrl.Port);
            Assert.Equal("/", first.BaseUrl.AbsolutePath);
            await first.DisposeAsync();
            using var client = second.CreateClient();
            Assert.Equal("emulator", (await client.Users.GetCurrentUserAsync()).Username);
        }

        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await Assert.ThrowsAsync<SocketException>(async () => await socket.ConnectAsync("127.0.0.1", firstUrl.Port));
    }

    [Fact]
    public async Task The_standalone_process_prints_its_url_and_key_on_one_line_then_serves()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "HeyGen.Emulator.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [dll, "--api-key", "standalone-key", "--speed", "60"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        try
        {
            using var timeout = new CancellationTokenSource(TestEmulator.Patience);
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            var match = ListeningLine().Match(line ?? string.Empty);
            Assert.True(match.Success, "Unexpected first line: " + line);
            Assert.Equal("standalone-key", match.Groups["key"].Value);

            using var client = new HeyGenClient(new HeyGenClientOptions { BaseAddress = new Uri(match.Groups["url"].Value), ApiKey = "standalone-key" });
            Assert.Equal("emulator", (await client.Users.GetCurrentUserAsync(timeout.Token)).Username);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public void The_command_line_reads_port_key_and_speed_and_rejects_the_rest()
    {
        var parsed = CommandLine.Parse(["--port", "5123", "--api-key", "k", "--speed", "60"]);
        var options = parsed.ToOptions();

        Assert.Equal(5123, options.Port);
        Assert.Equal("k", options.ApiKey);
        Assert.Equal(60, Assert.IsType<ScaledTimeProvider>(options.TimeProvider).Factor);
        Assert.True(CommandLine.Parse(["--help"]).Help);
        Assert.Same(TimeProvider.System, CommandLine.Parse([]).ToOptions().TimeProvider);
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--port", "70000"]));
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--speed", "0"]));
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--api-key"]));
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--verbose"]));
    }

    [Fact]
    public async Task A_taken_port_fails_to_start_and_frees_nothing_it_did_not_own()
    {
        await using var first = await TestEmulator.StartAsync();

        await Assert.ThrowsAsync<IOException>(() => TestEmulator.StartAsync(o => o.Port = first.BaseUrl.Port));

        using var client = first.CreateClient();
        Assert.Equal("emulator", (await client.Users.GetCurrentUserAsync()).Username);
    }

    [Fact]
    public async Task Invalid_options_are_refused_before_binding_a_port()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => HeyGenEmulator.StartAsync(new EmulatorOptions { ApiKey = string.Empty }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => HeyGenEmulator.StartAsync(new EmulatorOptions { ConcurrentJobLimit = 0 }));
    }

    [GeneratedRegex(@"^HeyGen emulator listening on (?<url>http://127\.0\.0\.1:\d+) \(API key: (?<key>[^)]+)\)$")]
    private static partial Regex ListeningLine();
}
