using System.Reflection;
using HeyGen.Generator.Tests.Infrastructure;
using Xunit;
using N30 = HeyGen.Generator.Tests.Nullable30;
using N31 = HeyGen.Generator.Tests.Nullability;

namespace HeyGen.Generator.Tests.Serialization;

/// <summary>Each way a schema allows null gives a nullable C# member that reads and writes null.</summary>
public sealed class NullabilityFormsTests
{
    private static readonly NullabilityInfoContext Context = new();

    [Theory]
    [InlineData(typeof(N31.Profile), nameof(N31.Profile.Nickname))] // type: [string, 'null']
    [InlineData(typeof(N31.Profile), nameof(N31.Profile.Age))] // type: [integer, 'null']
    [InlineData(typeof(N31.Profile), nameof(N31.Profile.DeletedAt))] // required, type: [string, 'null']
    [InlineData(typeof(N31.Profile), nameof(N31.Profile.Manager))] // anyOf [$ref, null]
    [InlineData(typeof(N31.Profile), nameof(N31.Profile.Contact))] // anyOf [union, null]
    [InlineData(typeof(N31.Profile), nameof(N31.Profile.PreviousStatus))] // enum with null
    [InlineData(typeof(N31.Profile), nameof(N31.Profile.Tags))] // type: [array, 'null']
    [InlineData(typeof(N30.Item), nameof(N30.Item.Name))] // 3.0 nullable: true
    [InlineData(typeof(N30.Item), nameof(N30.Item.Count))]
    [InlineData(typeof(N30.Item), nameof(N30.Item.Owner))] // 3.0 allOf [$ref] + nullable
    [InlineData(typeof(N30.Item), nameof(N30.Item.Color))] // 3.0 enum + nullable
    public void Member_is_nullable(Type type, string member)
    {
        var property = type.GetProperty(member)!;

        Assert.Equal(NullabilityState.Nullable, Context.Create(property).ReadState);
    }

    [Theory]
    [InlineData(typeof(N31.Profile), nameof(N31.Profile.Id))]
    [InlineData(typeof(N31.Profile), nameof(N31.Profile.Score))]
    [InlineData(typeof(N31.Profile), nameof(N31.Profile.Status))]
    public void Required_member_is_not_nullable_when_the_schema_forbids_null(Type type, string member)
    {
        var property = type.GetProperty(member)!;

        Assert.Equal(NullabilityState.NotNull, Context.Create(property).ReadState);
    }

    [Fact]
    public void Union_inside_anyOf_with_null_reads_null_and_variants()
    {
        const string Head = """{"id":"p","kind":"profile","version":2,"active":true,"deleted_at":null,"score":1,"status":"active",""";

        var none = JsonText.AssertRoundTrip(Head + "\"contact\":null}", N31.ProfileJsonConverter.ReadValue, N31.ProfileJsonConverter.WriteValue);
        var email = JsonText.AssertRoundTrip(Head + "\"contact\":{\"channel\":\"email\",\"address\":\"a@b.test\"}}", N31.ProfileJsonConverter.ReadValue, N31.ProfileJsonConverter.WriteValue);

        Assert.Null(none.Contact);
        Assert.Equal("a@b.test", Assert.IsType<N31.EmailContact>(email.Contact).Address);
    }

    [Fact]
    public void OpenApi_30_nullable_required_members_accept_null()
    {
        var item = JsonText.AssertRoundTrip("""{"name":null,"count":null,"owner":null,"color":null}""", N30.ItemJsonConverter.ReadValue, N30.ItemJsonConverter.WriteValue);

        Assert.Null(item.Name);
        Assert.Null(item.Count);
        Assert.True(item.IsSet("owner"));
    }

    [Fact]
    public void OpenApi_30_values_round_trip()
    {
        var item = JsonText.AssertRoundTrip("""{"name":"n","count":9007199254740993,"owner":{"login":"me"},"color":"green","label":"l"}""", N30.ItemJsonConverter.ReadValue, N30.ItemJsonConverter.WriteValue);

        Assert.Equal(9007199254740993L, item.Count);
        Assert.Equal(N30.ItemColor.Green, item.Color);
        Assert.Equal("me", item.Owner!.Login);
    }

    [Fact]
    public void Explicit_null_on_a_non_nullable_optional_member_is_tolerated_and_kept()
    {
        var item = JsonText.AssertRoundTrip("""{"name":"n","count":1,"label":null}""", N30.ItemJsonConverter.ReadValue, N30.ItemJsonConverter.WriteValue);

        Assert.Null(item.Label);
        Assert.True(item.IsSet("label"));
    }
}
