using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.Media;

namespace HeyGen.Emulator.Routes.Media;

/// <summary>
/// Public, unsigned files: avatar and look previews (<c>/_media/catalog/...</c>), generated photo avatar images
/// (<c>/_media/photos/...</c>) and uploaded assets (<c>/_media/assets/{id}.{ext}</c>, served as uploaded).
/// </summary>
internal sealed class CatalogMediaRoutes(EmulatorContext emulator)
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapMedia("/_media/catalog/{*path}", ServeCatalogAsync);
        app.MapMedia("/_media/photos/{file}", ServeCatalogAsync);
        app.MapMedia("/_media/assets/{file}", ServeAssetAsync);
    }

    /// <summary>Previews are the same sample files for every avatar and voice: only their kind matters.</summary>
    private static Task ServeCatalogAsync(HttpContext http)
    {
        var name = http.Request.Path.Value ?? string.Empty;
        var content = Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".jpg" => MediaLibrary.Thumbnail,
            ".mp4" => MediaLibrary.SampleMp4,
            ".gif" => MediaLibrary.PreviewGif,
            ".mp3" => MediaLibrary.VoicePreview,
            _ => null,
        };
        return content is null
            ? ErrorWriter.MediaError(http, StatusCodes.Status404NotFound, "NoSuchKey", "The specified key does not exist.")
            : MediaResponses.WriteAsync(http, content, MediaResponses.ContentType(name));
    }

    private Task ServeAssetAsync(HttpContext http)
    {
        var file = (string)http.Request.RouteValues["file"]!;
        var asset = emulator.Store.Transact(_ => emulator.Store.Assets.Find(Path.GetFileNameWithoutExtension(file)));
        return asset is null
            ? ErrorWriter.MediaError(http, StatusCodes.Status404NotFound, "NoSuchKey", "The specified key does not exist.")
            : MediaResponses.WriteAsync(http, asset.Content, asset.MimeType);
    }
}
