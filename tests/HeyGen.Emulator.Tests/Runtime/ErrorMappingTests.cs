using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Runtime;

/// <summary>Both error envelopes and non-JSON bodies become one <see cref="HeyGenApiException"/> with everything the server said.</summary>
public sealed class ErrorMappingTests
{
    [Fact]
    public async Task A_v3_validation_error_names_status_code_message_and_parameter()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Videos.CreateVideoAsync(new CreateVideoFromAvatar { AvatarId = "no-such-look", Script = "Hi", VoiceId = TestEmulator.Voice }));

        Assert.Equal(HeyGenErrorKind.Http, error.Kind);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal("avatar_not_found", error.ErrorCode);
        Assert.Equal("avatar_id", error.Parameter);
        Assert.Contains("no-such-look", error.ErrorMessage, StringComparison.Ordinal);
        Assert.StartsWith("req_", error.RequestId, StringComparison.Ordinal);
        Assert.Contains("(parameter: avatar_id)", error.Message, StringComparison.Ordinal);
        Assert.Equal("createVideo", error.OperationId);
    }

    [Fact]
    public async Task A_v1_error_envelope_is_read_the_same_way()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.LegacyVideos.GetVideoStatusV1Async("unknown-video"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("not_found", error.ErrorCode);
        Assert.Equal("video_id", error.Parameter);
        Assert.Equal("Video not found", error.ErrorMessage);
    }

    [Fact]
    public async Task A_script_over_the_limit_is_refused_naming_the_field()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Videos.CreateVideoAsync(TestEmulator.AvatarVideo(new string('a', 5001))));

        Assert.Equal("script", error.Parameter);
        Assert.Contains("5000", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_out_of_range_limit_is_refused_naming_limit()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateClient();

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Videos.ListVideosAsync(limit: 101));

        Assert.Equal("limit", error.Parameter);
        Assert.Equal("Invalid 'limit'. Must be between 1 and 100.", error.ErrorMessage);
    }

    [Fact]
    public async Task A_missing_union_discriminator_is_a_400_naming_type()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        http.DefaultRequestHeaders.Add("X-Api-Key", emulator.ApiKey);

        using var response = await http.PostAsync("v3/videos", new StringContent("{\"avatar_id\":\"x\"}", System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("\"param\":\"type\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_error_page_becomes_a_readable_message()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.ServerError("getCurrentUser", count: 10, statusCode: 502, html: true);
        using var client = emulator.CreateClient(o => o.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Users.GetCurrentUserAsync());

        Assert.Equal(502, error.StatusCode);
        Assert.Null(error.ErrorCode);
        Assert.Contains("502 Server Error", error.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("<", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_error_body_still_gives_status_and_reason()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.ServerError("getCurrentUser", count: 10, statusCode: 503, emptyBody: true);
        using var client = emulator.CreateClient(o => o.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Users.GetCurrentUserAsync());

        Assert.Equal(503, error.StatusCode);
        Assert.Contains("Service Unavailable", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rate_limit_carries_its_retry_after_when_not_retried()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.RateLimit("listVoices", count: 1, retryAfterSeconds: 7);
        using var client = emulator.CreateClient(o => o.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Voices.ListVoicesAsync());

        Assert.Equal(429, error.StatusCode);
        Assert.Equal("rate_limit_exceeded", error.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_v1_rate_limit_comes_in_the_v1_envelope()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.RateLimit("listVoicesV2", count: 1, retryAfterSeconds: 3);
        using var client = emulator.CreateClient(o => o.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<HeyGenApiException>(() => client.Voices.ListVoicesV2Async());

        Assert.Equal(429, error.StatusCode);
        Assert.Equal("rate_limit_exceeded", error.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(3), error.RetryAfter);
    }
}
