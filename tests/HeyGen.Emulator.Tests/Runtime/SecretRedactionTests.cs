using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Runtime;

/// <summary>The API key never shows up in logs, exception messages or any object's ToString().</summary>
public sealed class SecretRedactionTests
{
    private const string Key = "sk-live-5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e";

    [Fact]
    public async Task The_key_appears_in_no_log_line_message_or_string()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.ApiKey = Key);
        emulator.Faults.ServerError("getCurrentUser", count: 1);
        emulator.Faults.DropConnection("listVideos", count: 1);
        emulator.Faults.RateLimit("listVoices", count: 1);
        var logger = new CapturingLogger();
        using var client = emulator.CreateLinkedClient(o =>
        {
            o.Logger = logger;
            o.Retry.MaxRetries = 0;
        });
        var seen = new List<string?> { client.ToString() };

        foreach (var call in new Func<Task>[]
        {
            () => client.Users.GetCurrentUserAsync(),
            () => client.Videos.ListVideosAsync(),
            () => client.Voices.ListVoicesAsync(),
            () => client.Videos.GetVideoAsync("missing"),
            // The server echoes the bad id back; the client must still not let the key through.
            () => client.Videos.CreateVideoAsync(new CreateVideoFromAvatar { AvatarId = Key, Script = "Hi", VoiceId = TestEmulator.Voice }),
        })
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(call);
            seen.Add(error.ToString());
            seen.Add(error.Message);
        }

        using var wrong = emulator.CreateClient(o =>
        {
            o.ApiKey = Key + "-wrong";
            o.Logger = logger;
        });
        var unauthorized = await Assert.ThrowsAsync<HeyGenApiException>(() => wrong.Users.GetCurrentUserAsync());
        seen.Add(unauthorized.ToString());

        var options = new HeyGenClientOptions { ApiKey = Key, BearerToken = Key };
        seen.Add(options.ToString());
        seen.Add(options.Retry.ToString());
        seen.AddRange(logger.Lines);

        Assert.NotEmpty(logger.Lines);
        Assert.All(seen, text => Assert.DoesNotContain(Key, text ?? string.Empty, StringComparison.Ordinal));
    }
}
