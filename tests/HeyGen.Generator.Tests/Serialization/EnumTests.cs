using System.Text.Json;
using HeyGen.Generator.Tests.Infrastructure;
using HeyGen.Generator.Tests.Nullability;
using Xunit;

namespace HeyGen.Generator.Tests.Serialization;

/// <summary>String enums are extensible structs: known values compare equal, unknown server values survive a round trip.</summary>
public sealed class EnumTests
{
    [Fact]
    public void Unknown_value_deserializes_and_is_not_known()
    {
        var status = JsonText.Read("\"archived\"", StatusJsonConverter.ReadValue);

        Assert.False(status.IsKnown);
        Assert.Equal("archived", status.Value);
        Assert.Equal("\"archived\"", JsonText.Write(status, StatusJsonConverter.WriteValue));
    }

    [Fact]
    public void Unknown_value_inside_an_object_re_serializes_unchanged()
    {
        var json = """{"id":"p1","kind":"profile","version":2,"active":true,"deleted_at":null,"score":1.5,"status":"frozen","previous_status":"on_hold"}""";

        var profile = JsonText.AssertRoundTrip(json, ProfileJsonConverter.ReadValue, ProfileJsonConverter.WriteValue);

        Assert.False(profile.Status.IsKnown);
        Assert.False(profile.PreviousStatus!.Value.IsKnown);
    }

    [Fact]
    public void Known_value_equals_the_static_member()
    {
        var status = JsonText.Read("\"suspended\"", StatusJsonConverter.ReadValue);

        Assert.True(status.IsKnown);
        Assert.Equal(Status.Suspended, status);
        Assert.True(status == Status.Suspended);
        Assert.False(status != Status.Suspended);
        Assert.NotEqual(Status.Active, status);
        Assert.Equal(Status.Suspended.GetHashCode(), status.GetHashCode());
    }

    [Fact]
    public void A_string_converts_to_an_equal_value()
    {
        Status fromString = "deleted";

        Assert.Equal(Status.Deleted, fromString);
        Assert.Equal("deleted", fromString.ToString());
    }

    [Fact]
    public void Known_values_are_listed_in_document_order()
    {
        Assert.Equal(new[] { "active", "suspended", "deleted" }, Status.KnownValues.Select(v => v.Value));
    }

    [Fact]
    public void Enum_that_is_not_a_string_is_an_error()
    {
        var error = Assert.Throws<JsonException>(() => JsonText.Read("3", StatusJsonConverter.ReadValue));

        Assert.Contains("Status", error.Message, StringComparison.Ordinal);
        Assert.Contains("a string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nullable_enum_reads_null()
    {
        var profile = JsonText.Read("""{"id":"p","deleted_at":null,"score":0,"status":"active","previous_status":null}""", ProfileJsonConverter.ReadValue);

        Assert.Null(profile.PreviousStatus);
        Assert.True(profile.IsSet("previous_status"));
    }
}
