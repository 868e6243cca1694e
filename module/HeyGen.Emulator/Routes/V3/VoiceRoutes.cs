using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.State.Catalog;

namespace HeyGen.Emulator.Routes.V3;

/// <summary>GET /v3/voices: the public voice library, filtered and paged (the account has no cloned voices).</summary>
internal sealed class VoiceRoutes(EmulatorContext emulator)
{
    public void Map(IEndpointRouteBuilder app) => app.MapOperation("GET", "/v3/voices", "listVoices", ListAsync);

    private Task ListAsync(HttpContext http)
    {
        var type = QueryParameters.OneOf(http, "type", "public", "private") ?? "public";
        var engine = QueryParameters.String(http, "engine");
        var language = QueryParameters.String(http, "language");
        var gender = QueryParameters.String(http, "gender");
        var limit = QueryParameters.Limit(http, defaultValue: 20, max: 100);
        var token = QueryParameters.String(http, "token");
        var voices = VoiceCatalog.Voices
            .Where(_ => type == "public")
            .Where(v => engine is null || v.Engines.Contains(engine, StringComparer.OrdinalIgnoreCase))
            .Where(v => language is null || string.Equals(v.Language, language, StringComparison.OrdinalIgnoreCase))
            .Where(v => gender is null || string.Equals(v.Gender, gender, StringComparison.OrdinalIgnoreCase))
            .Select(v => new Voice
            {
                VoiceId = v.Id,
                Name = v.Name,
                Language = v.Language,
                Gender = v.Gender,
                Type = VoiceType.Public,
                PreviewAudioUrl = emulator.Urls.Public("_media/catalog/voices/" + v.Id + ".mp3"),
                SupportPause = v.SupportPause,
                SupportLocale = v.SupportLocale,
            })
            .ToList();
        var page = Paging.TakeByIndex(voices, limit, token, "voices|" + type + "|" + engine + "|" + language + "|" + gender);
        var response = new ListVoicesResponse { Data = page.Items, HasMore = page.HasMore, NextToken = page.NextToken };
        return JsonResponses.V3Body(http, response, ListVoicesResponseJsonConverter.WriteValue);
    }
}
