using System.Text.Json;
using HeyGen.Generator.Tests.Infrastructure;
using HeyGen.Generator.Tests.Nullability;
using Xunit;

namespace HeyGen.Generator.Tests.Serialization;

/// <summary>Null versus absent: optional members remember whether they were present, through read and write.</summary>
public sealed class PresenceTests
{
    private const string Required = "\"id\":\"p1\",\"kind\":\"profile\",\"version\":2,\"active\":true";
    private const string RequiredTail = "\"deleted_at\":null,\"score\":1,\"status\":\"active\"";

    private static Profile RoundTrip(string optionalMembers)
    {
        // Members in schema order, so the written text equals the input exactly.
        var json = "{" + Required + optionalMembers + "," + RequiredTail + "}";
        return JsonText.AssertRoundTrip(json, ProfileJsonConverter.ReadValue, ProfileJsonConverter.WriteValue);
    }

    [Fact]
    public void Optional_nullable_member_absent_stays_absent()
    {
        var profile = RoundTrip(string.Empty);

        Assert.Null(profile.Nickname);
        Assert.False(profile.IsSet("nickname"));
    }

    [Fact]
    public void Optional_nullable_member_null_stays_null()
    {
        var profile = RoundTrip(",\"nickname\":null");

        Assert.Null(profile.Nickname);
        Assert.True(profile.IsSet("nickname"));
    }

    [Fact]
    public void Optional_nullable_member_value_stays_value()
    {
        var profile = RoundTrip(",\"nickname\":\"Ace\",\"age\":41");

        Assert.Equal("Ace", profile.Nickname);
        Assert.Equal(41, profile.Age);
    }

    [Fact]
    public void Optional_nullable_object_null_and_value_round_trip()
    {
        Assert.Null(RoundTrip(",\"manager\":null").Manager);
        Assert.Equal("Bo", RoundTrip(",\"manager\":{\"name\":\"Bo\"}").Manager!.Name);
    }

    [Fact]
    public void Setting_null_on_a_nullable_member_sends_null()
    {
        var profile = NewProfile();
        profile.Nickname = null;

        Assert.True(profile.IsSet("nickname"));
        Assert.Contains("\"nickname\":null", Write(profile), StringComparison.Ordinal);
    }

    [Fact]
    public void Unset_makes_a_member_absent_again()
    {
        var profile = NewProfile();
        profile.Nickname = "Ace";
        profile.Unset("nickname");

        Assert.False(profile.IsSet("nickname"));
        Assert.Null(profile.Nickname);
        Assert.DoesNotContain("nickname", Write(profile), StringComparison.Ordinal);
    }

    [Fact]
    public void Null_on_an_optional_non_nullable_member_means_absent()
    {
        var profile = NewProfile();
        profile.Bio = "text";
        profile.Bio = null;

        Assert.False(profile.IsSet("bio"));
        Assert.DoesNotContain("bio", Write(profile), StringComparison.Ordinal);
    }

    [Fact]
    public void Required_and_const_members_are_always_set_and_cannot_be_unset()
    {
        var profile = NewProfile();

        Assert.True(profile.IsSet("id"));
        Assert.True(profile.IsSet("kind"));
        Assert.Throws<ArgumentException>(() => profile.Unset("id"));
        Assert.False(profile.IsSet("no_such_member"));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("deleted_at")]
    [InlineData("score")]
    [InlineData("status")]
    public void Required_member_missing_is_an_error_naming_it(string member)
    {
        var members = new Dictionary<string, string> { ["id"] = "\"p\"", ["deleted_at"] = "null", ["score"] = "1", ["status"] = "\"active\"" };
        members.Remove(member);
        var json = "{" + string.Join(",", members.Select(m => "\"" + m.Key + "\":" + m.Value)) + "}";

        var error = Assert.Throws<JsonException>(() => JsonText.Read(json, ProfileJsonConverter.ReadValue));

        Assert.Contains("'" + member + "'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Profile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_nullable_member_accepts_null_and_writes_it()
    {
        var profile = RoundTrip(string.Empty);

        Assert.Null(profile.DeletedAt);
        Assert.Contains("\"deleted_at\":null", Write(profile), StringComparison.Ordinal);
    }

    [Fact]
    public void Required_non_nullable_member_rejects_null()
    {
        var error = Assert.Throws<JsonException>(() => JsonText.Read("""{"id":null,"deleted_at":null,"score":1,"status":"active"}""", ProfileJsonConverter.ReadValue));

        Assert.Contains("Profile.id", error.Message, StringComparison.Ordinal);
        Assert.Contains("null is not allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_members_are_skipped()
    {
        var profile = JsonText.Read("""{"id":"p","extra":{"deep":[1,2,{"x":null}]},"deleted_at":"2024-05-01T10:00:00Z","score":2,"status":"active"}""", ProfileJsonConverter.ReadValue);

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), profile.DeletedAt);
    }

    private static Profile NewProfile() => new() { Id = "p1", DeletedAt = null, Score = 1, Status = Status.Active };

    private static string Write(Profile profile) => JsonText.Write(profile, ProfileJsonConverter.WriteValue);
}
