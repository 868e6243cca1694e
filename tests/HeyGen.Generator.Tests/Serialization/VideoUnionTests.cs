using HeyGen.Generator.Tests.Infrastructure;
using HeyGen.Generator.Tests.Unions;
using Xunit;

namespace HeyGen.Generator.Tests.Serialization;

/// <summary>v3 video creation: avatar and image variants, the inline image asset union, and a union inside anyOf-with-null.</summary>
public sealed class VideoUnionTests
{
    private static CreateVideoRequest RoundTrip(string json) =>
        JsonText.AssertRoundTrip(json, CreateVideoRequestJsonConverter.ReadValue, CreateVideoRequestJsonConverter.WriteValue);

    [Theory]
    [InlineData("""{"type":"url","url":"https://cdn.example.test/founder.jpg"}""", typeof(AssetUrl))]
    [InlineData("""{"type":"asset_id","asset_id":"img_123"}""", typeof(AssetId))]
    [InlineData("""{"type":"base64","media_type":"image/png","data":"iVBORw0KGgo="}""", typeof(AssetBase64))]
    public void Image_video_with_each_image_variant_round_trips(string image, Type expected)
    {
        var video = Assert.IsType<CreateVideoFromImage>(RoundTrip("""{"type":"image","image":""" + image + ""","script":"A word from our founder."}"""));

        Assert.IsType(expected, video.Image);
        Assert.Equal("A word from our founder.", video.Script);
    }

    [Fact]
    public void Avatar_video_with_engine_settings_present_round_trips()
    {
        var video = Assert.IsType<CreateVideoFromAvatar>(RoundTrip("""{"type":"avatar","avatar_id":"Daisy","script":"Welcome.","voice_settings":{"speed":1.1,"engine_settings":{"engine_type":"elevenlabs","stability":0.5}}}"""));

        var settings = Assert.IsType<ElevenLabsEngineSettings>(video.VoiceSettings!.EngineSettings);
        Assert.Equal(0.5, settings.Stability);
        Assert.True(video.VoiceSettings.IsSet("engine_settings"));
    }

    [Fact]
    public void Avatar_video_with_engine_settings_null_keeps_the_null()
    {
        var video = Assert.IsType<CreateVideoFromAvatar>(RoundTrip("""{"type":"avatar","avatar_id":"Daisy","voice_settings":{"engine_settings":null}}"""));

        Assert.Null(video.VoiceSettings!.EngineSettings);
        Assert.True(video.VoiceSettings.IsSet("engine_settings"));
    }

    [Fact]
    public void Avatar_video_with_engine_settings_absent_keeps_it_absent()
    {
        var video = Assert.IsType<CreateVideoFromAvatar>(RoundTrip("""{"type":"avatar","avatar_id":"Daisy","voice_settings":{"speed":1.25}}"""));

        Assert.Null(video.VoiceSettings!.EngineSettings);
        Assert.False(video.VoiceSettings.IsSet("engine_settings"));
    }

    [Fact]
    public void Voice_settings_itself_may_be_null()
    {
        var video = Assert.IsType<CreateVideoFromAvatar>(RoundTrip("""{"type":"avatar","avatar_id":"Daisy","voice_settings":null}"""));

        Assert.Null(video.VoiceSettings);
        Assert.True(video.IsSet("voice_settings"));
    }
}
