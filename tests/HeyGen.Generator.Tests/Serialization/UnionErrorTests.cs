using System.Text.Json;
using HeyGen.Generator.Tests.Infrastructure;
using HeyGen.Generator.Tests.Unions;
using Xunit;

namespace HeyGen.Generator.Tests.Serialization;

/// <summary>Unknown, missing or malformed discriminators are errors that say what was found and what is allowed.</summary>
public sealed class UnionErrorTests
{
    [Fact]
    public void Unknown_discriminator_names_the_value_and_the_allowed_ones()
    {
        var error = Assert.Throws<JsonException>(() => JsonText.Read("""{"type":"hologram","avatar_id":"a"}""", CreateAvatarRealtimeRequestBodyJsonConverter.ReadValue));

        Assert.Contains("'hologram'", error.Message, StringComparison.Ordinal);
        Assert.Contains("audio, text_stream, tts", error.Message, StringComparison.Ordinal);
        Assert.Contains("CreateAvatarRealtimeRequestBody", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_discriminator_says_it_is_missing()
    {
        var error = Assert.Throws<JsonException>(() => JsonText.Read("""{"avatar_id":"a","text":"t"}""", CreateAvatarRealtimeRequestBodyJsonConverter.ReadValue));

        Assert.Contains("'type' is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected one of: audio, text_stream, tts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_string_discriminator_is_described()
    {
        var error = Assert.Throws<JsonException>(() => JsonText.Read("""{"type":7}""", CreateAvatarRealtimeRequestBodyJsonConverter.ReadValue));

        Assert.Contains("a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_discriminator_in_a_nested_union_is_reported_too()
    {
        var error = Assert.Throws<JsonException>(() => JsonText.Read("""{"type":"audio","avatar_id":"a","audio":{"type":"ftp","url":"x"}}""", CreateAvatarRealtimeRequestBodyJsonConverter.ReadValue));

        Assert.Contains("'ftp'", error.Message, StringComparison.Ordinal);
        Assert.Contains("url, asset_id, base64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_union_that_is_not_an_object_is_an_error()
    {
        var error = Assert.Throws<JsonException>(() => JsonText.Read("\"tts\"", CreateAvatarRealtimeRequestBodyJsonConverter.ReadValue));

        Assert.Contains("expected an object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variant_whose_discriminator_disagrees_with_its_type_is_an_error()
    {
        var error = Assert.Throws<JsonException>(() => JsonText.Read("""{"type":"audio","avatar_id":"a","text":"t","voice_id":"v"}""", CreateAvatarRealtimeTTSJsonConverter.ReadValue));

        Assert.Contains("expected the constant 'tts'", error.Message, StringComparison.Ordinal);
    }
}
