using System.Text.Json;
using HeyGen.Generator.Tests.Infrastructure;
using HeyGen.Generator.Tests.Nullability;
using Xunit;

namespace HeyGen.Generator.Tests.Serialization;

/// <summary><c>const</c> members are fixed by the type: get-only, always written, and a different value on the wire is an error.</summary>
public sealed class ConstMemberTests
{
    private const string Valid = """{"id":"p1","kind":"profile","version":2,"active":true,"deleted_at":null,"score":1,"status":"active"}""";

    [Theory]
    [InlineData(nameof(Profile.Kind), typeof(string))]
    [InlineData(nameof(Profile.Version), typeof(long))]
    [InlineData(nameof(Profile.Active), typeof(bool))]
    public void Const_members_are_get_only(string name, Type type)
    {
        var property = typeof(Profile).GetProperty(name)!;

        Assert.Equal(type, property.PropertyType);
        Assert.Null(property.SetMethod);
    }

    [Fact]
    public void Const_members_have_their_values_and_are_always_written()
    {
        var profile = new Profile { Id = "p1", DeletedAt = null, Score = 1, Status = Status.Active };

        Assert.Equal("profile", profile.Kind);
        Assert.Equal(2L, profile.Version);
        Assert.True(profile.Active);
        Assert.Equal(Valid, JsonText.Write(profile, ProfileJsonConverter.WriteValue));
    }

    [Fact]
    public void Const_members_absent_on_the_wire_are_still_written()
    {
        var profile = JsonText.Read("""{"id":"p1","deleted_at":null,"score":1,"status":"active"}""", ProfileJsonConverter.ReadValue);

        Assert.Equal(Valid, JsonText.Write(profile, ProfileJsonConverter.WriteValue));
    }

    [Theory]
    [InlineData("\"kind\":\"profile\"", "\"kind\":\"person\"", "Profile.kind")]
    [InlineData("\"version\":2", "\"version\":3", "Profile.version")]
    [InlineData("\"active\":true", "\"active\":false", "Profile.active")]
    [InlineData("\"version\":2", "\"version\":\"2\"", "Profile.version")]
    public void A_different_value_on_the_wire_is_an_error(string valid, string invalid, string member)
    {
        var error = Assert.Throws<JsonException>(() => JsonText.Read(Valid.Replace(valid, invalid, StringComparison.Ordinal), ProfileJsonConverter.ReadValue));

        Assert.Contains(member, error.Message, StringComparison.Ordinal);
        Assert.Contains("constant", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_valid_document_round_trips() =>
        JsonText.AssertRoundTrip(Valid, ProfileJsonConverter.ReadValue, ProfileJsonConverter.WriteValue);
}
