using HeyGen.Emulator.Infrastructure;

namespace HeyGen.Emulator.State.Catalog;

/// <summary>
/// The public avatars every account sees: ten looks in six groups, including the ids HeyGen's documentation
/// uses (Daisy-inskirt-20220818, Angela-inblackskirt-20220820, josh_lite3_20230714). Group ids are derived
/// from the names, so they are the same in every emulator run.
/// </summary>
internal static class AvatarCatalog
{
    public static IReadOnlyList<CatalogGroup> Groups { get; } = Build();

    public static IReadOnlyList<CatalogLook> Looks { get; } = Groups.SelectMany(g => g.Looks).ToList();

    public static CatalogLook? FindLook(string id) => Looks.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.Ordinal));

    public static CatalogGroup? FindGroup(string id) => Groups.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.Ordinal));

    private static List<CatalogGroup> Build()
    {
        var groups = new List<CatalogGroup>();
        var created = new DateTimeOffset(2024, 1, 15, 0, 0, 0, TimeSpan.Zero);
        void Group(string name, string gender, string voice, params (string Id, string Name, string Orientation, string[] Engines, string[] Tags)[] looks)
        {
            var groupId = Ids.Stable("avatar-group:" + name);
            var list = looks.Select(l => new CatalogLook(
                l.Id, l.Name, groupId, gender, voice, l.Orientation,
                l.Orientation == "portrait" ? 1080 : 1920, l.Orientation == "portrait" ? 1920 : 1080, l.Engines, l.Tags)).ToList();
            groups.Add(new CatalogGroup(groupId, name, gender, voice, created.AddDays(groups.Count * 7), list));
        }

        string[] all = ["avatar_v", "avatar_iv", "avatar_iii"];
        string[] iv = ["avatar_iv", "avatar_iii"];
        Group("Daisy", "female", VoiceCatalog.DefaultFemale,
            ("Daisy-inskirt-20220818", "Daisy in skirt", "landscape", all, ["studio", "business"]),
            ("Daisy-insuit-20220818", "Daisy in suit", "landscape", iv, ["studio", "business"]));
        Group("Angela", "female", VoiceCatalog.DefaultFemale,
            ("Angela-inblackskirt-20220820", "Angela in black skirt", "landscape", all, ["studio"]),
            ("Angela-inTshirt-20220820", "Angela in T-shirt", "landscape", iv, ["studio", "casual"]));
        Group("Josh", "male", VoiceCatalog.DefaultMale,
            ("josh_lite3_20230714", "Josh (lite)", "landscape", all, ["studio", "streaming"]),
            ("josh_lite_20230714", "Josh (lite, classic)", "landscape", iv, ["studio", "streaming"]));
        Group("Tyler", "male", VoiceCatalog.DefaultMale,
            ("Tyler-incasualsuit-20220721", "Tyler in casual suit", "landscape", iv, ["studio", "business"]),
            ("Tyler-inshirt-20220721", "Tyler in shirt", "portrait", iv, ["studio", "casual"]));
        Group("Anna", "female", VoiceCatalog.DefaultFemale,
            ("Anna_public_3_20240108", "Anna", "portrait", all, ["studio", "vertical"]));
        Group("Edward", "male", VoiceCatalog.DefaultMale,
            ("Edward_public_2_20240207", "Edward", "landscape", iv, ["studio"]));
        return groups;
    }
}
