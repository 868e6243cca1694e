using System.Text;
using System.Text.Json;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Tests.Automation;

public sealed class VideoRequestBuilderTests
{
    [Fact]
    public void An_avatar_with_a_script_sends_only_what_was_given()
    {
        var request = VideoRequestBuilder.Build(new VideoRequestSpec { AvatarId = " Daisy-inskirt-20220818 ", Script = "Hi", VoiceId = "v1", Resolution = "1080P" });
        var json = Json(request);
        Assert.Equal("avatar", json.GetProperty("type").GetString());
        Assert.Equal("Daisy-inskirt-20220818", json.GetProperty("avatar_id").GetString());
        Assert.Equal("1080p", json.GetProperty("resolution").GetString());
        Assert.False(json.TryGetProperty("audio_url", out _));
        Assert.False(json.TryGetProperty("title", out _));
    }

    [Fact]
    public void Csv_style_values_build_an_image_video_with_audio_and_a_colour_background()
    {
        var request = VideoRequestBuilder.Build(new VideoRequestSpec
        {
            ImageAssetId = "asset-1", AudioUrl = "https://example.test/a.mp3", VoiceId = "ignored-without-script",
            Background = "#ffffff", Format = "webm", AspectRatio = "9:16", Title = "Founder", CallbackId = "row-7",
        });
        var json = Json(request);
        Assert.Equal("image", json.GetProperty("type").GetString());
        Assert.Equal("asset-1", json.GetProperty("image").GetProperty("asset_id").GetString());
        Assert.Equal("https://example.test/a.mp3", json.GetProperty("audio_url").GetString());
        Assert.False(json.TryGetProperty("voice_id", out _));
        Assert.Equal("#FFFFFF", json.GetProperty("background").GetProperty("value").GetString());
        Assert.Equal("webm", json.GetProperty("output_format").GetString());
        Assert.Equal("row-7", json.GetProperty("callback_id").GetString());
    }

    [Theory]
    [InlineData(null, null, "Hi", "v", null, "AvatarId")]
    [InlineData("a", "https://x.test/i.png", "Hi", "v", null, "ImageUrl")]
    [InlineData("a", null, "Hi", null, null, "VoiceId")]
    [InlineData("a", null, null, "v", null, "Script")]
    [InlineData("a", null, "Hi", "v", "https://x.test/a.mp3", "Script")]
    public void Wrong_combinations_name_the_parameter_to_fix(string? avatar, string? imageUrl, string? script, string? voice, string? audio, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => VideoRequestBuilder.Build(new VideoRequestSpec { AvatarId = avatar, ImageUrl = imageUrl, Script = script, VoiceId = voice, AudioUrl = audio }));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Too_long_scripts_and_unknown_choices_are_rejected_before_sending()
    {
        Assert.Equal("Script", Assert.ThrowsAny<ArgumentException>(() => VideoRequestBuilder.Build(new VideoRequestSpec { AvatarId = "a", VoiceId = "v", Script = new string('x', 5001) })).ParamName);
        Assert.Equal("Resolution", Assert.ThrowsAny<ArgumentException>(() => VideoRequestBuilder.Build(new VideoRequestSpec { AvatarId = "a", VoiceId = "v", Script = "Hi", Resolution = "8k" })).ParamName);
    }

    [Theory]
    [InlineData("#0af", "color", "#0AF", null, null)]
    [InlineData("https://cdn.test/bg.png", "image", null, "https://cdn.test/bg.png", null)]
    [InlineData("asset_123", "image", null, null, "asset_123")]
    public void Background_is_a_colour_a_url_or_an_asset(string value, string type, string? colour, string? url, string? asset)
    {
        var background = VideoRequestBuilder.ParseBackground(value)!;
        Assert.Equal(type, background.Type.Value);
        Assert.Equal(colour, background.Value);
        Assert.Equal(url, background.Url?.ToString());
        Assert.Equal(asset, background.AssetId);
    }

    [Theory]
    [InlineData("#12345")]
    [InlineData("./bg.png")]
    public void Bad_backgrounds_are_argument_errors(string value)
    {
        Assert.Equal("Background", Assert.ThrowsAny<ArgumentException>(() => VideoRequestBuilder.ParseBackground(value)).ParamName);
    }

    private static JsonElement Json(CreateVideoRequest request)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            CreateVideoRequestJsonConverter.WriteValue(writer, request);
        }

        return JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray())).RootElement.Clone();
    }
}
