namespace HeyGen.Emulator.State.Catalog;

/// <summary>A public (studio) avatar look: its id is the <c>avatar_id</c> of every create endpoint.</summary>
internal sealed record CatalogLook(
    string Id,
    string Name,
    string GroupId,
    string Gender,
    string DefaultVoiceId,
    string Orientation,
    int Width,
    int Height,
    IReadOnlyList<string> Engines,
    IReadOnlyList<string> Tags);

/// <summary>A public avatar group (character) with its looks.</summary>
internal sealed record CatalogGroup(string Id, string Name, string Gender, string DefaultVoiceId, DateTimeOffset CreatedAt, IReadOnlyList<CatalogLook> Looks);

/// <summary>A public text-to-speech voice.</summary>
internal sealed record CatalogVoice(
    string Id,
    string Name,
    string Language,
    string Gender,
    bool SupportPause,
    bool EmotionSupport,
    bool SupportInteractiveAvatar,
    bool SupportLocale,
    IReadOnlyList<string> Engines);
