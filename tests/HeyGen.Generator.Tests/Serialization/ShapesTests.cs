using System.Text.Json;
using HeyGen.Generator.Tests.Infrastructure;
using HeyGen.Generator.Tests.Shapes;
using Xunit;
using ShapesString = HeyGen.Generator.Tests.Shapes.String;
using ShapesTask = HeyGen.Generator.Tests.Shapes.Task;

namespace HeyGen.Generator.Tests.Serialization;

/// <summary>Nested inline types, collections, maps, free-form values and formats, read and written back.</summary>
public sealed class ShapesTests
{
    private static Document RoundTrip(string members) =>
        JsonText.AssertRoundTrip("{\"title\":\"T\"" + members + "}", DocumentJsonConverter.ReadValue, DocumentJsonConverter.WriteValue);

    [Fact]
    public void Nested_inline_types_are_named_from_their_path()
    {
        Assert.Equal(typeof(DocumentLayout), typeof(Document).GetProperty(nameof(Document.Layout))!.PropertyType);
        Assert.Equal(typeof(DocumentLayoutMargins), typeof(DocumentLayout).GetProperty(nameof(DocumentLayout.Margins))!.PropertyType);
        Assert.Equal(typeof(DocumentLayoutOrientation?), typeof(DocumentLayout).GetProperty(nameof(DocumentLayout.Orientation))!.PropertyType);
        Assert.Equal(typeof(DocumentAttachment), typeof(Document).GetProperty(nameof(Document.Attachment))!.PropertyType);
        Assert.Equal(typeof(DocumentAttachment), typeof(DocumentAttachmentLink).BaseType);
        Assert.Equal(typeof(DocumentAttachment), typeof(DocumentAttachmentNote).BaseType);
        Assert.Equal(typeof(IReadOnlyList<DocumentPagesItem>), typeof(Document).GetProperty(nameof(Document.Pages))!.PropertyType);
    }

    [Fact]
    public void Nested_inline_objects_round_trip()
    {
        var document = RoundTrip(",\"layout\":{\"margins\":{\"top\":10,\"bottom\":-2},\"orientation\":\"landscape\"}");

        Assert.Equal(10, document.Layout!.Margins!.Top);
        Assert.Equal(DocumentLayoutOrientation.Landscape, document.Layout.Orientation);
    }

    [Fact]
    public void Inline_union_without_mapping_uses_the_variant_consts()
    {
        var document = RoundTrip(",\"attachment\":{\"kind\":\"note\",\"text\":\"see page 2\"}");

        Assert.Equal("see page 2", Assert.IsType<DocumentAttachmentNote>(document.Attachment).Text);
    }

    [Fact]
    public void Arrays_and_arrays_of_arrays_round_trip()
    {
        var document = RoundTrip(",\"pages\":[{\"number\":1,\"lines\":[\"a\",\"b\"]},{\"number\":2,\"lines\":[]}],\"matrix\":[[1.5,2],[],[3]]");

        Assert.Equal(2, document.Pages!.Count);
        Assert.Equal(new[] { "a", "b" }, document.Pages[0].Lines);
        Assert.Equal(3f, document.Matrix![2][0]);
    }

    [Fact]
    public void Array_item_that_is_null_is_an_error_when_items_are_not_nullable()
    {
        var error = Assert.Throws<JsonException>(() => JsonText.Read("{\"title\":\"T\",\"pages\":[{\"lines\":[\"a\",null]}]}", DocumentJsonConverter.ReadValue));

        Assert.Contains("lines", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Maps_round_trip_with_nullable_values()
    {
        var document = RoundTrip(",\"labels\":{\"en\":\"Hello\",\"fr\":\"Bonjour\"},\"counters\":{\"a\":1,\"b\":null}");

        Assert.Equal("Bonjour", document.Labels!["fr"]);
        Assert.Null(document.Counters!["b"]);
        Assert.Equal(1L, document.Counters["a"]);
    }

    [Fact]
    public void Object_with_properties_and_additional_properties_keeps_both()
    {
        var document = RoundTrip(",\"settings\":{\"theme\":\"dark\",\"font_size\":12,\"columns\":2}");

        Assert.Equal("dark", document.Settings!.Theme);
        Assert.Equal(12L, document.Settings.AdditionalProperties!["font_size"]);
        Assert.Equal(2, document.Settings.AdditionalProperties.Count);
    }

    [Fact]
    public void Free_form_values_keep_any_json()
    {
        var document = RoundTrip(",\"extra\":[1,\"two\",{\"three\":null}],\"metadata\":{\"a\":{\"b\":[true]}}");

        Assert.Equal(JsonValueKind.Array, document.Extra!.Value.ValueKind);
        Assert.True(document.Metadata!.Value.GetProperty("a").GetProperty("b")[0].GetBoolean());
    }

    [Fact]
    public void Free_form_value_may_be_null()
    {
        var document = RoundTrip(",\"extra\":null");

        Assert.True(document.IsSet("extra"));
    }

    [Fact]
    public void Formats_map_to_their_clr_types_and_round_trip()
    {
        var document = RoundTrip(",\"formats\":{\"i32\":-2147483648,\"i64\":9223372036854775807,\"f32\":1.5,\"f64\":0.1,\"when\":\"2024-02-29T23:59:59+02:00\",\"uid\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"link\":\"https://example.test/a?b=c\",\"blob\":\"AQID\",\"raw\":\"BAUG\"}");

        var f = document.Formats!;
        Assert.Equal(int.MinValue, f.I32);
        Assert.Equal(long.MaxValue, f.I64);
        Assert.Equal(1.5f, f.F32);
        Assert.Equal(0.1, f.F64);
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromHours(2)), f.When);
        Assert.Equal(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), f.Uid);
        Assert.Equal(new Uri("https://example.test/a?b=c"), f.Link);
        Assert.Equal(new byte[] { 1, 2, 3 }, f.Blob);
        Assert.Equal(new byte[] { 4, 5, 6 }, f.Raw);
    }

    [Theory]
    [InlineData("i32", "2147483648")]
    [InlineData("i64", "1.5")]
    [InlineData("when", "\"yesterday\"")]
    [InlineData("uid", "\"not-a-uuid\"")]
    [InlineData("blob", "\"***\"")]
    public void Values_outside_their_format_are_errors_naming_the_member(string member, string value)
    {
        var error = Assert.Throws<JsonException>(() => JsonText.Read("{\"title\":\"T\",\"formats\":{\"" + member + "\":" + value + "}}", DocumentJsonConverter.ReadValue));

        Assert.Contains("Formats." + member, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keyword_and_odd_names_become_valid_members_and_keep_their_json_names()
    {
        var document = RoundTrip(",\"names\":{\"class\":\"c\",\"2fa\":true,\"Id\":\"upper\",\"id\":\"lower\",\"content-type\":\"text/plain\",\"avatar_video.success\":\"s\",\"odd_names\":\"o\",\"is_set\":\"i\"}");

        var n = document.Names!;
        Assert.Equal("c", n.Class);
        Assert.True(n._2fa);
        Assert.Equal("upper", n.Id);
        Assert.Equal("lower", n.Id2);
        Assert.Equal("text/plain", n.ContentType);
        Assert.Equal("s", n.AvatarVideoSuccess);
        Assert.Equal("o", n.OddNamesValue);
        Assert.Equal("i", n.IsSet2);
        Assert.True(n.IsSet("is_set"));
    }

    [Fact]
    public void Schemas_named_like_bcl_types_do_not_shadow_them()
    {
        var document = RoundTrip(",\"task\":{\"name\":\"render\"},\"string\":{\"value\":\"v\"}");

        Assert.IsType<ShapesTask>(document.Task);
        Assert.Equal("v", Assert.IsType<ShapesString>(document.String).Value);
    }

    [Fact]
    public void Recursive_schema_generates_a_recursive_class()
    {
        Assert.Equal(typeof(IReadOnlyList<TreeNode>), typeof(TreeNode).GetProperty(nameof(TreeNode.Children))!.PropertyType);
        Assert.Equal(typeof(TreeNode), typeof(TreeNode).GetProperty(nameof(TreeNode.Parent))!.PropertyType);

        var document = RoundTrip(",\"tree\":{\"name\":\"root\",\"children\":[{\"name\":\"a\",\"children\":[{\"name\":\"a1\"}]},{\"name\":\"b\",\"parent\":null}]}");

        Assert.Equal("a1", document.Tree!.Children![0].Children![0].Name);
    }
}
