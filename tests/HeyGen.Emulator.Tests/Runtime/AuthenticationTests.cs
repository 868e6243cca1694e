using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Runtime;

/// <summary>The API key check: X-Api-Key, the bearer alternative, and the client's message when no key is set.</summary>
public sealed class AuthenticationTests
{
    [Fact]
    public async Task A_client_without_a_key_fails_at_the_first_call_saying_how_to_set_one()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = new HeyGenClient(new HeyGenClientOptions { BaseAddress = emulator.BaseUrl, ApiKeyEnvironmentVariable = "HEYGEN_EMULATOR_TESTS_UNSET_KEY" });

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Users.GetCurrentUserAsync());

        Assert.Equal(HeyGenErrorKind.Configuration, error.Kind);
        Assert.Contains("HEYGEN_EMULATOR_TESTS_UNSET_KEY", error.Message, StringComparison.Ordinal);
        Assert.Contains("ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, emulator.Accounting.RequestsTotal);
    }

    [Fact]
    public async Task The_key_is_accepted_as_a_bearer_token()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = new HeyGenClient(new HeyGenClientOptions { BaseAddress = emulator.BaseUrl, BearerToken = emulator.ApiKey });

        var user = await client.Users.GetCurrentUserAsync();

        Assert.Equal("emulator", user.Username);
    }

    [Fact]
    public async Task A_wrong_key_is_a_401_in_the_v3_envelope()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient(o => o.ApiKey = "not-the-key");

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Users.GetCurrentUserAsync());

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("authentication_failed", error.ErrorCode);
        Assert.Contains("x-api-key", error.ErrorMessage, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(error.RequestId);
    }

    [Fact]
    public async Task A_wrong_key_is_a_401_in_the_v1_envelope()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient(o => o.ApiKey = "not-the-key");

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Voices.ListVoicesV2Async());

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("authentication_failed", error.ErrorCode);
        Assert.Equal("Invalid API key", error.ErrorMessage);
    }

    [Fact]
    public async Task A_streaming_session_token_opens_the_streaming_routes_only()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var server = emulator.CreateClient();
        var token = (await server.Streaming.CreateStreamingTokenAsync()).Token;
        using var browser = new HeyGenClient(new HeyGenClientOptions { BaseAddress = emulator.BaseUrl, BearerToken = token });

        var session = await browser.Streaming.CreateStreamingSessionAsync(new V1CreateStreamingSessionRequest { AvatarId = "josh_lite3_20230714", VoiceId = TestEmulator.Voice });
        var refused = await Assert.ThrowsAsync<HeyGenApiException>(() => browser.Videos.ListVideosAsync());

        Assert.False(string.IsNullOrEmpty(session.SessionId));
        Assert.Equal(401, refused.StatusCode);
    }
}
