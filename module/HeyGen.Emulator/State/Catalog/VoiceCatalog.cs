using HeyGen.Emulator.Infrastructure;

namespace HeyGen.Emulator.State.Catalog;

/// <summary>
/// The public voices: fourteen in eight languages, both genders, including the id HeyGen's documentation
/// uses (1bd001e7e50f421d891986aad5158bc8). Other ids are derived from the names, so they are stable.
/// </summary>
internal static class VoiceCatalog
{
    public const string DefaultFemale = "1bd001e7e50f421d891986aad5158bc8";

    public static readonly string DefaultMale = Ids.Stable("voice:Christopher");

    public static IReadOnlyList<CatalogVoice> Voices { get; } = Build();

    public static CatalogVoice? Find(string id) => Voices.FirstOrDefault(v => string.Equals(v.Id, id, StringComparison.Ordinal));

    private static List<CatalogVoice> Build()
    {
        string[] multi = ["starfish", "elevenlabs"];
        string[] starfish = ["starfish"];
        string[] fish = ["fish"];
        var voices = new List<CatalogVoice>
        {
            new(DefaultFemale, "Olivia - Friendly", "English", "female", true, true, true, true, multi),
            new(DefaultMale, "Christopher - Calm", "English", "male", true, true, true, true, multi),
        };
        foreach (var (name, language, gender, engines) in new (string, string, string, string[])[]
        {
            ("Emma - Professional", "English", "female", starfish),
            ("James - Narrator", "English", "male", multi),
            ("Lucía - Warm", "Spanish", "female", multi),
            ("Mateo - Energetic", "Spanish", "male", starfish),
            ("Léa - Soft", "French", "female", multi),
            ("Hugo - Confident", "French", "male", fish),
            ("Hannah - Clear", "German", "female", multi),
            ("Lukas - Deep", "German", "male", starfish),
            ("Yui - Bright", "Japanese", "female", multi),
            ("Rafael - Friendly", "Portuguese", "male", fish),
            ("Mei - Gentle", "Chinese", "female", starfish),
            ("Aarav - Steady", "Hindi", "male", multi),
        })
        {
            voices.Add(new CatalogVoice(Ids.Stable("voice:" + name.Split(' ')[0]), name, language, gender, true, gender == "female", language is "English" or "Spanish", language is "English" or "Spanish" or "Portuguese", engines));
        }

        return voices;
    }
}
