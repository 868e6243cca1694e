using HeyGen.Generator.Tests.Infrastructure;
using HeyGen.Generator.Tests.Unions;
using Xunit;

namespace HeyGen.Generator.Tests.Serialization;

/// <summary>Every way a discriminator is written in a document, and wherever it sits in the JSON object.</summary>
public sealed class DiscriminatorFormsTests
{
    [Fact]
    public void Discriminator_after_the_other_members_is_found()
    {
        var json = """{"avatar_id":"a","voice_id":"v","text":"hello","type":"tts"}""";

        var body = JsonText.Read(json, CreateAvatarRealtimeRequestBodyJsonConverter.ReadValue);

        var tts = Assert.IsType<CreateAvatarRealtimeTTS>(body);
        Assert.Equal("hello", tts.Text);
        JsonText.AssertEquivalent(json, JsonText.Write(body, CreateAvatarRealtimeRequestBodyJsonConverter.WriteValue));
    }

    [Fact]
    public void Nested_discriminator_after_nested_objects_is_found()
    {
        var json = """{"audio":{"data":"AAAA","media_type":"audio/wav","type":"base64"},"avatar_id":"a","type":"audio"}""";

        var body = Assert.IsType<CreateAvatarRealtimeAudio>(JsonText.Read(json, CreateAvatarRealtimeRequestBodyJsonConverter.ReadValue));

        Assert.Equal("audio/wav", Assert.IsType<AssetBase64>(body.Audio).MediaType);
    }

    [Fact]
    public void Ref_object_mapping_values_seed_002_form_give_one_type_per_value()
    {
        Assert.True(typeof(CreateAvatarRealtimeRequestBody).IsAbstract);
        Assert.Equal(typeof(CreateAvatarRealtimeRequestBody), typeof(CreateAvatarRealtimeTTS).BaseType);
        Assert.Equal(typeof(CreateAvatarRealtimeRequestBody), typeof(CreateAvatarRealtimeAudio).BaseType);
        Assert.Equal(typeof(CreateAvatarRealtimeRequestBody), typeof(CreateAvatarRealtimeTextStream).BaseType);
    }

    [Fact]
    public void Plain_string_mapping_values_give_one_type_per_value_under_the_component_name()
    {
        // The inline audio union repeats AssetInput's variants: both are the one AssetInput type.
        Assert.Equal(typeof(AssetInput), typeof(AssetUrl).BaseType);
        Assert.Equal(typeof(AssetInput), typeof(CreateAvatarRealtimeAudio).GetProperty(nameof(CreateAvatarRealtimeAudio.Audio))!.PropertyType);
        Assert.Equal(typeof(AssetInput), typeof(CreateVideoFromImage).GetProperty(nameof(CreateVideoFromImage.Image))!.PropertyType);
    }

    [Fact]
    public void Bare_schema_name_mapping_value_is_a_component_reference()
    {
        var settings = JsonText.AssertRoundTrip("""{"engine_type":"fish","model":"s1"}""", VoiceEngineSettingsJsonConverter.ReadValue, VoiceEngineSettingsJsonConverter.WriteValue);

        Assert.Equal("s1", Assert.IsType<FishEngineSettings>(settings).Model);
    }

    [Theory]
    [InlineData("""{"kind":"circle","radius":2.5}""", typeof(Circle))]
    [InlineData("""{"side":4,"kind":"square"}""", typeof(Square))]
    public void Discriminator_inferred_from_const_without_a_discriminator_keyword(string json, Type expected)
    {
        var shape = JsonText.Read(json, ShapeJsonConverter.ReadValue);

        Assert.IsType(expected, shape);
        JsonText.AssertEquivalent(json, JsonText.Write(shape, ShapeJsonConverter.WriteValue));
    }

    [Fact]
    public void Inferred_discriminator_is_the_const_property()
    {
        Shape shape = new Circle { Radius = 1 };

        Assert.Equal("circle", shape.Kind);
        Assert.Equal("""{"kind":"circle","radius":1}""", JsonText.Write(shape, ShapeJsonConverter.WriteValue));
    }
}
