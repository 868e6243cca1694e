using HeyGen.Realtime.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HeyGen.Realtime.Tests.AvatarAlert;

/// <summary>
/// The seeds' primary scenario end to end: a page button calls avatarAlert / $.avatarAlert, the example server has
/// an emulated HeyGen avatar speak the text, and headless Chromium plays the HLS stream with hls.js, or shows the
/// accessible fallback dialog when the emulator refuses the session.
/// </summary>
[Collection(ChromiumTests.Name)]
public sealed class AvatarAlertBrowserTests(ChromiumFixture chromium, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Message = "Your changes were saved";

    /// <summary>The overlay's video is really playing: not paused, time advancing past 0, frames decoded.</summary>
    private const string VideoIsPlaying = "() => { const v = document.querySelector('.avatar-alert__video'); return !!v && !v.paused && v.currentTime > 0 && v.readyState >= 2; }";

    private static readonly PageWaitForFunctionOptions Patiently = new() { Timeout = (float)TestEmulator.Patience.TotalMilliseconds, PollingInterval = 100 };

    private IBrowserContext? _context;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Closes this test's browser context, so nothing of its page outlives the test.</summary>
    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }
    }

    [Fact]
    public async Task Clicking_save_has_the_avatar_speak_the_exact_text_in_a_playing_video()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        await using var server = await AvatarAlertServer.StartAsync(emulator);
        var page = await OpenAsync(server);

        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#save"), r => r.Url.EndsWith("/api/avatar-alert", StringComparison.Ordinal));
        await page.WaitForFunctionAsync(VideoIsPlaying, null, Patiently);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Keep("avatar-alert-playing.png") });

        Assert.Equal(200, response.Status);
        Assert.Equal(Message, await page.Locator(".avatar-alert__caption").TextContentAsync());
        Assert.Equal("playing", await page.Locator(".avatar-alert").GetAttributeAsync("data-state"));
        Assert.Equal("status", await page.Locator(".avatar-alert").GetAttributeAsync("role"));
        var session = Assert.Single(emulator.RealtimeSessions);
        Assert.Equal("text_stream", session.Type);
        Assert.Equal([Message], session.Texts);
        Assert.DoesNotContain(emulator.ApiKey, await response.TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(emulator.ApiKey, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[role=alertdialog]").CountAsync());
    }

    [Fact]
    public async Task When_the_session_cap_is_reached_an_accessible_dialog_appears_and_escape_closes_it()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        await OccupyEverySessionAsync(emulator);
        await using var server = await AvatarAlertServer.StartAsync(emulator);
        var page = await OpenAsync(server);

        await page.ClickAsync("#save-vanilla");
        var dialog = page.Locator("[role=alertdialog]");
        await dialog.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)TestEmulator.Patience.TotalMilliseconds });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Keep("avatar-alert-fallback.png") });

        Assert.Contains(Message, await dialog.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("limit_reached", await dialog.GetAttributeAsync("data-reason"));
        Assert.Equal("false", await dialog.GetAttributeAsync("aria-modal"));
        Assert.Equal(Message, await page.Locator("#" + await dialog.GetAttributeAsync("aria-describedby")).TextContentAsync());
        Assert.True(await dialog.Locator("button").EvaluateAsync<bool>("b => b === document.activeElement"), "the dialog's OK button has the focus");
        Assert.Equal(0, await page.Locator(".avatar-alert").CountAsync());
        Assert.Equal(3, emulator.RealtimeSessions.Count);

        await page.Keyboard.PressAsync("Escape");

        Assert.Equal(0, await page.Locator("[role=alertdialog]").CountAsync());
        Assert.Equal("save-vanilla", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task When_heygen_fails_the_jquery_drop_in_falls_back_and_its_promise_reports_why()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        emulator.Faults.ServerError("createAvatarRealtimeSession", count: 10, statusCode: 503);
        await using var server = await AvatarAlertServer.StartAsync(emulator);
        var page = await OpenAsync(server);

        var result = page.EvaluateAsync<string>("() => $.avatarAlert('Upload failed, please retry').then(r => r.mode + ':' + r.reason)");
        var ok = page.Locator("[role=alertdialog] button");
        await ok.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)TestEmulator.Patience.TotalMilliseconds });
        await ok.ClickAsync();

        Assert.Equal("fallback:unavailable", await result);
        Assert.Empty(emulator.RealtimeSessions);
    }

    [Fact]
    public async Task When_the_stream_cannot_be_loaded_the_dialog_replaces_the_overlay()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        emulator.Faults.ServerError("media", count: 1000, statusCode: 503);
        await using var server = await AvatarAlertServer.StartAsync(emulator);
        var page = await OpenAsync(server);

        await page.ClickAsync("#save-vanilla");
        var dialog = page.Locator("[role=alertdialog]");
        await dialog.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)TestEmulator.Patience.TotalMilliseconds });

        Assert.Equal("stream_error", await dialog.GetAttributeAsync("data-reason"));
        Assert.Equal(0, await page.Locator(".avatar-alert").CountAsync());
        Assert.Equal([Message], Assert.Single(emulator.RealtimeSessions).Texts);
    }

    [Fact]
    public async Task When_the_server_cannot_be_reached_the_dialog_appears_and_ok_closes_it()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        await using var server = await AvatarAlertServer.StartAsync(emulator);
        var page = await OpenAsync(server);
        await page.RouteAsync("**/api/avatar-alert", route => route.AbortAsync("internetdisconnected"));

        await page.ClickAsync("#save");
        var ok = page.Locator("[role=alertdialog] button");
        await ok.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)TestEmulator.Patience.TotalMilliseconds });
        var reason = await page.Locator("[role=alertdialog]").GetAttributeAsync("data-reason");
        await ok.ClickAsync();

        Assert.Equal("network_error", reason);
        Assert.Equal(0, await page.Locator("[role=alertdialog]").CountAsync());
        Assert.Equal("save", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Empty(emulator.RealtimeSessions);
    }

    private async Task<IPage> OpenAsync(AvatarAlertServer server)
    {
        _context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 700 } });
        var page = await _context.NewPageAsync();
        page.Console += (_, message) => Log("browser console: " + message.Text);
        await page.GotoAsync(server.BaseUrl.ToString());
        return page;
    }

    private string Keep(string fileName)
    {
        var path = Artifacts.PathFor(fileName);
        Log("Screenshot: " + path);
        return path;
    }

    private void Log(string line)
    {
        try
        {
            output.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // A browser event that arrives after the test ended has nobody to tell.
        }
    }

    private static async Task OccupyEverySessionAsync(HeyGenEmulator emulator)
    {
        using var client = emulator.CreateClient();
        for (var i = 0; i < emulator.Options.RealtimeMaxSessions; i++)
        {
            await client.AvatarRealtime.CreateAvatarRealtimeSessionAsync(new CreateAvatarRealtimeTextStream { AvatarId = TestEmulator.DaisyLook, VoiceId = TestEmulator.Voice, Text = "Busy " + i + "." });
        }
    }
}
