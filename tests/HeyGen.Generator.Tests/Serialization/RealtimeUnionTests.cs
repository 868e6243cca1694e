using HeyGen.Generator.Tests.Infrastructure;
using HeyGen.Generator.Tests.Unions;
using Xunit;

namespace HeyGen.Generator.Tests.Serialization;

/// <summary>The v3 realtime session body (seed 002's union with {$ref} mapping values): every variant reads into its own type and writes back unchanged.</summary>
public sealed class RealtimeUnionTests
{
    private static CreateAvatarRealtimeRequestBody RoundTrip(string json) =>
        JsonText.AssertRoundTrip(json, CreateAvatarRealtimeRequestBodyJsonConverter.ReadValue, CreateAvatarRealtimeRequestBodyJsonConverter.WriteValue);

    [Fact]
    public void Tts_body_from_seed_003_reads_as_the_tts_variant()
    {
        var body = Seeds.RealtimeTtsBody;

        var value = JsonText.Read(body, CreateAvatarRealtimeRequestBodyJsonConverter.ReadValue);

        // The seed orders members differently from the schema and escapes nothing: compare as JSON values.
        JsonText.AssertEquivalent(body, JsonText.Write(value, CreateAvatarRealtimeRequestBodyJsonConverter.WriteValue));
        var tts = Assert.IsType<CreateAvatarRealtimeTTS>(value);

        Assert.Equal("tts", tts.Type);
        Assert.Equal("Daisy-inskirt-20220818", tts.AvatarId);
        Assert.Equal("1bd001e7e50f421d891986aad5158bc8", tts.VoiceId);
        Assert.StartsWith("Hi there", tts.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_stream_body_reads_as_the_text_stream_variant()
    {
        var body = """{"type":"text_stream","avatar_id":"Daisy-inskirt-20220818","voice_id":"1bd001e7e50f421d891986aad5158bc8","text":"Here are the results I found."}""";

        var stream = Assert.IsType<CreateAvatarRealtimeTextStream>(RoundTrip(body));

        Assert.Equal("Here are the results I found.", stream.Text);
    }

    [Theory]
    [InlineData("""{"type":"url","url":"https://cdn.example.test/voice.mp3"}""", typeof(AssetUrl))]
    [InlineData("""{"type":"asset_id","asset_id":"a1b2c3"}""", typeof(AssetId))]
    [InlineData("""{"type":"base64","media_type":"audio/mpeg","data":"SUQzBAA="}""", typeof(AssetBase64))]
    public void Audio_body_with_each_inline_asset_variant_round_trips(string audio, Type expected)
    {
        var body = """{"type":"audio","avatar_id":"Daisy-inskirt-20220818","audio":""" + audio + "}";

        var session = Assert.IsType<CreateAvatarRealtimeAudio>(RoundTrip(body));

        Assert.IsType(expected, session.Audio);
    }

    [Fact]
    public void Audio_variant_exposes_typed_members()
    {
        var session = (CreateAvatarRealtimeAudio)RoundTrip("""{"type":"audio","avatar_id":"a","audio":{"type":"url","url":"https://cdn.example.test/v.mp3"}}""");

        var url = Assert.IsType<AssetUrl>(session.Audio);
        Assert.Equal(new Uri("https://cdn.example.test/v.mp3"), url.Url);
    }

    [Fact]
    public void A_union_built_in_code_serializes_with_its_discriminator_first()
    {
        CreateAvatarRealtimeRequestBody body = new CreateAvatarRealtimeTTS { AvatarId = "a", Text = "hi", VoiceId = "v" };

        var json = JsonText.Write(body, CreateAvatarRealtimeRequestBodyJsonConverter.WriteValue);

        Assert.Equal("""{"type":"tts","avatar_id":"a","text":"hi","voice_id":"v"}""", json);
    }

    [Fact]
    public void Match_picks_the_variant()
    {
        var body = RoundTrip("""{"type":"text_stream","avatar_id":"a","voice_id":"v","text":"t"}""");

        var which = body.Match(tts: _ => "tts", audio: _ => "audio", textStream: _ => "text_stream");

        Assert.Equal("text_stream", which);
    }
}
