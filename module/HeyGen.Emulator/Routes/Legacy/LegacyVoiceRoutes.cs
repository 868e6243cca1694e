using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.State.Catalog;

namespace HeyGen.Emulator.Routes.Legacy;

/// <summary>GET /v2/voices: every voice in one list.</summary>
internal sealed class LegacyVoiceRoutes(EmulatorContext emulator)
{
    public void Map(IEndpointRouteBuilder app) => app.MapOperation("GET", "/v2/voices", "listVoicesV2", ListAsync);

    private Task ListAsync(HttpContext http)
    {
        var list = new V2VoiceList
        {
            Voices = VoiceCatalog.Voices.Select(v => new V2Voice
            {
                VoiceId = v.Id,
                Name = v.Name,
                Language = v.Language,
                Gender = v.Gender == "female" ? V2VoiceGender.Female : V2VoiceGender.Male,
                PreviewAudio = emulator.Urls.Public("_media/catalog/voices/" + v.Id + ".mp3"),
                SupportPause = v.SupportPause,
                EmotionSupport = v.EmotionSupport,
                SupportInteractiveAvatar = v.SupportInteractiveAvatar,
            }).ToList(),
        };
        return JsonResponses.V1(http, list, V2VoiceListJsonConverter.WriteValue);
    }
}
