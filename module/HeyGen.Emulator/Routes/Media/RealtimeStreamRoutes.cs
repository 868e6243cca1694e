using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.Media;

namespace HeyGen.Emulator.Routes.Media;

/// <summary>
/// The HLS stream of a v3 realtime session: a live playlist (<c>stream.m3u8</c>) whose window slides with the
/// emulator's clock, and MPEG-TS segments cut from the sample video. Playable in a browser with hls.js (CORS open).
/// </summary>
internal sealed class RealtimeStreamRoutes(EmulatorContext emulator)
{
    public const string PlaylistName = "stream.m3u8";

    public static string PlaylistPath(string streamId) => "_media/realtime/" + streamId + "/" + PlaylistName;

    public void Map(IEndpointRouteBuilder app) => app.MapMedia("/_media/realtime/{stream_id}/{file}", ServeAsync);

    private Task ServeAsync(HttpContext http)
    {
        var id = (string)http.Request.RouteValues["stream_id"]!;
        var file = (string)http.Request.RouteValues["file"]!;
        var playlist = emulator.Store.Transact(now =>
            emulator.Store.Realtime.Find(id) is { } session && now >= session.ReadyAt
                ? HlsPlaylist.Build(session.ReadyAt, now, session.ClosedAt)
                : null);
        if (playlist is null)
        {
            return NotFound(http);
        }

        if (file == PlaylistName)
        {
            return MediaResponses.WriteAsync(http, Encoding.UTF8.GetBytes(playlist), MediaResponses.ContentType(file), cacheable: false);
        }

        if (file.StartsWith("segment", StringComparison.Ordinal) && file.EndsWith(".ts", StringComparison.Ordinal)
            && long.TryParse(file.AsSpan(7, file.Length - 10), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return MediaResponses.WriteAsync(http, HlsPlaylist.Segment(sequence), MediaResponses.ContentType(file));
        }

        return NotFound(http);
    }

    private static Task NotFound(HttpContext http) =>
        ErrorWriter.MediaError(http, StatusCodes.Status404NotFound, "NoSuchKey", "The specified key does not exist.");
}
