using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Hosting;

/// <summary>The emulator's own HTTP control surface (/_emulator/...), for processes that cannot use the in-process API.</summary>
public sealed class AdminRouteTests
{
    [Fact]
    public async Task Faults_added_over_http_fire_and_can_be_cleared()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var admin = Admin(emulator);
        using var client = emulator.CreateClient(o => o.Retry.MaxRetries = 0);

        using var added = await admin.PostAsync("_emulator/faults", Json("{\"target\":\"getCurrentUser\",\"kind\":\"rate_limit\",\"count\":1,\"retry_after_seconds\":9}"));
        var rule = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement;
        var limited = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Users.GetCurrentUserAsync());
        var listed = JsonDocument.Parse(await admin.GetStringAsync("_emulator/faults")).RootElement;
        using var bad = await admin.PostAsync("_emulator/faults", Json("{\"target\":\"x\",\"kind\":\"meteor\"}"));
        using var cleared = await admin.DeleteAsync("_emulator/faults");

        Assert.Equal(201, (int)added.StatusCode);
        Assert.StartsWith("fault_", rule.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(9), limited.RetryAfter);
        Assert.Equal(1, listed[0].GetProperty("fired").GetInt32());
        Assert.Equal(400, (int)bad.StatusCode);
        Assert.Empty(emulator.Faults.Rules);
        Assert.Equal(204, (int)cleared.StatusCode);
    }

    [Fact]
    public async Task Accounting_is_served_as_json_and_reset_zeroes_everything()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var admin = Admin(emulator);
        using var client = emulator.CreateClient();
        await client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo());
        emulator.FinishRenders();

        var accounting = JsonDocument.Parse(await admin.GetStringAsync("_emulator/accounting")).RootElement;
        using var reset = await admin.PostAsync("_emulator/reset", null);
        var videos = await client.Videos.ListVideosAsync();

        Assert.Equal(1, accounting.GetProperty("creates_total").GetInt32());
        Assert.Equal(1, accounting.GetProperty("requests_by_operation").GetProperty("createVideo").GetInt32());
        Assert.True(accounting.GetProperty("billed_seconds").GetDouble() > 0);
        Assert.Single(accounting.GetProperty("creates_by_request").EnumerateObject());
        Assert.Empty(videos.Data);
        Assert.Equal(0, emulator.Accounting.CreatesTotal);
    }

    [Fact]
    public async Task The_manual_clock_can_be_advanced_over_http_and_realtime_texts_read_back()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var admin = Admin(emulator);
        using var client = emulator.CreateClient();
        var id = (await client.AvatarRealtime.CreateAvatarRealtimeSessionAsync(new CreateAvatarRealtimeTextStream { AvatarId = TestEmulator.DaisyLook, VoiceId = TestEmulator.Voice, Text = "Seed" })).StreamId;
        await client.AvatarRealtime.PushAvatarRealtimeTextAsync(id, new PushAvatarRealtimeTextRequest { Text = "Delta" });

        using var advanced = await admin.PostAsync("_emulator/clock/advance?seconds=45", null);
        var session = JsonDocument.Parse(await admin.GetStringAsync("_emulator/realtime/" + id)).RootElement;

        Assert.Equal(200, (int)advanced.StatusCode);
        Assert.Equal("closed", session.GetProperty("status").GetString());
        Assert.Equal(["Seed", "Delta"], session.GetProperty("texts").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Admin_routes_need_the_key_and_unknown_routes_are_404_shaped()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = emulator.BaseUrl };
        using var admin = Admin(emulator);

        using var refused = await anonymous.GetAsync("_emulator/accounting");
        using var v3 = await admin.GetAsync("v3/nothing-here");
        using var v1 = await admin.GetAsync("v1/nothing.here");
        var v1Body = await v1.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(401, (int)refused.StatusCode);
        Assert.Equal("not_found", (await v3.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(404, v1Body.GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, v1Body.GetProperty("data").ValueKind);
    }

    private static HttpClient Admin(HeyGenEmulator emulator)
    {
        var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        http.DefaultRequestHeaders.Add("X-Api-Key", emulator.ApiKey);
        return http;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
