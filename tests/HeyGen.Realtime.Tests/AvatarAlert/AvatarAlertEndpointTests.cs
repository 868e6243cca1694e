using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HeyGen.Realtime.Tests.Infrastructure;

namespace HeyGen.Realtime.Tests.AvatarAlert;

/// <summary>The example's server side over HTTP: session reuse, the fallback reasons, and the key staying on the server.</summary>
public sealed class AvatarAlertEndpointTests
{
    [Fact]
    public async Task A_second_alert_is_pushed_to_the_open_session_instead_of_starting_another()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        await using var server = await AvatarAlertServer.StartAsync(emulator);
        using var http = new HttpClient { BaseAddress = server.BaseUrl };

        var first = await SayAsync(http, "Your changes were saved");
        var second = await SayAsync(http, "  Your profile photo was updated  ");

        Assert.Equal(first.GetProperty("streamId").GetString(), second.GetProperty("streamId").GetString());
        Assert.False(first.GetProperty("reused").GetBoolean());
        Assert.True(second.GetProperty("reused").GetBoolean());
        Assert.Equal(["Your changes were saved", "Your profile photo was updated"], Assert.Single(emulator.RealtimeSessions).Texts);
    }

    [Fact]
    public async Task An_alert_after_the_session_idled_out_starts_a_new_session()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        await using var server = await AvatarAlertServer.StartAsync(emulator, o => o.KeepAliveSeconds = 0);
        using var http = new HttpClient { BaseAddress = server.BaseUrl };

        var first = await SayAsync(http, "First.");
        emulator.ManualClock().Advance(TimeSpan.FromSeconds(31));
        var second = await SayAsync(http, "Second.");

        Assert.NotEqual(first.GetProperty("streamId").GetString(), second.GetProperty("streamId").GetString());
        Assert.Equal(["closed", "ready"], emulator.RealtimeSessions.Select(s => s.Status));
    }

    [Fact]
    public async Task Without_an_api_key_the_page_is_told_to_fall_back()
    {
        await using var server = await AvatarAlertServer.StartAsync(o => o.ApiKey = null);
        using var http = new HttpClient { BaseAddress = server.BaseUrl };

        var response = await http.PostAsJsonAsync("api/avatar-alert", new { text = "Saved." });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("not_configured", (await ErrorCodeAsync(response)));
    }

    [Fact]
    public async Task The_session_cap_is_reported_as_limit_reached()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeMaxSessions = 1);
        using (var client = emulator.CreateClient())
        {
            await client.AvatarRealtime.CreateAvatarRealtimeSessionAsync(new CreateAvatarRealtimeTextStream { AvatarId = TestEmulator.DaisyLook, VoiceId = TestEmulator.Voice, Text = "Busy." });
        }

        await using var server = await AvatarAlertServer.StartAsync(emulator);
        using var http = new HttpClient { BaseAddress = server.BaseUrl };

        var response = await http.PostAsJsonAsync("api/avatar-alert", new { text = "Saved." });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("limit_reached", await ErrorCodeAsync(response));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Blank_text_is_refused_before_heygen_is_called(string text)
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.RealtimeStartupTime = TimeSpan.Zero);
        await using var server = await AvatarAlertServer.StartAsync(emulator);
        using var http = new HttpClient { BaseAddress = server.BaseUrl };

        var response = await http.PostAsJsonAsync("api/avatar-alert", new { text });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_text", await ErrorCodeAsync(response));
        Assert.Empty(emulator.RealtimeSessions);
    }

    [Fact]
    public async Task The_page_and_its_scripts_are_served_with_hls_js_vendored_and_no_key_in_them()
    {
        await using var emulator = await TestEmulator.StartAsync();
        await using var server = await AvatarAlertServer.StartAsync(emulator);
        using var http = new HttpClient { BaseAddress = server.BaseUrl };

        foreach (var path in new[] { "", "avatar-alert.js", "jquery.avatar-alert.js", "demo.js", "lib/hls.min.js", "lib/jquery.min.js" })
        {
            var body = await http.GetStringAsync(path);
            Assert.DoesNotContain(emulator.ApiKey, body, StringComparison.Ordinal);
            Assert.DoesNotContain("cdn.", body, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("1.7.4", await http.GetStringAsync("lib/hls.min.js"), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> SayAsync(HttpClient http, string text)
    {
        var response = await http.PostAsJsonAsync("api/avatar-alert", new { text });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString();
}
