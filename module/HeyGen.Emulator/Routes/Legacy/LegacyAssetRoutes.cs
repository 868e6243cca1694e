using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.Routes.V3;

namespace HeyGen.Emulator.Routes.Legacy;

/// <summary>POST /v1/asset: the raw file as the body, its type in Content-Type (HeyGen serves it from upload.heygen.com).</summary>
internal sealed class LegacyAssetRoutes(EmulatorContext emulator)
{
    private static readonly string[] Accepted = ["image/jpeg", "image/png", "video/mp4", "video/webm", "audio/mpeg"];

    public void Map(IEndpointRouteBuilder app) => app.MapOperation("POST", "/v1/asset", "uploadAssetV1", UploadAsync);

    private async Task UploadAsync(HttpContext http)
    {
        var mime = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mime is null || Array.IndexOf(Accepted, mime) < 0)
        {
            throw ApiException.Invalid("Content-Type", "Unsupported Content-Type '" + (mime ?? "none") + "'. Must be one of: " + string.Join(", ", Accepted) + ".");
        }

        var bytes = await RequestBody.ReadBytesAsync(http, AssetRoutes.MaxBytes, "file");
        if (bytes.Length == 0)
        {
            throw ApiException.Invalid("body", "The request body is empty; send the file's bytes.");
        }

        var asset = emulator.Store.Transact(now => emulator.Store.Assets.Add(bytes, mime, null, now));
        emulator.Accounting.RecordUpload(bytes.Length);
        var response = new V1Asset
        {
            Id = asset.Id,
            Name = asset.Name,
            FileType = new V1AssetFileType(asset.FileType),
            Url = emulator.Urls.Public("_media/assets/" + asset.FileName),
            ImageKey = asset.ImageKey,
        };
        await JsonResponses.V1(http, response, V1AssetJsonConverter.WriteValue);
    }
}
