using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.State;

namespace HeyGen.Emulator.Routes.V3;

/// <summary>POST /v3/assets (multipart, 32 MB) and GET /v3/assets/{asset_id}.</summary>
internal sealed class AssetRoutes(EmulatorContext emulator)
{
    public const long MaxBytes = 32L * 1024 * 1024;

    private static readonly Dictionary<string, string> MimeByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".mp4"] = "video/mp4",
        [".webm"] = "video/webm",
        [".mp3"] = "audio/mpeg",
        [".wav"] = "audio/wav",
        [".pdf"] = "application/pdf",
        [".srt"] = "application/x-subrip",
    };

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapOperation("POST", "/v3/assets", "uploadAsset", UploadAsync);
        app.MapOperation("GET", "/v3/assets/{asset_id}", "getAsset", GetAsync);
    }

    private async Task UploadAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType)
        {
            throw ApiException.Invalid("file", "Send the file as multipart/form-data in a part named 'file'.");
        }

        if (http.Request.ContentLength is > MaxBytes + (64 * 1024))
        {
            throw RequestBody.TooLarge(MaxBytes, "file");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var file = form.Files["file"] ?? throw ApiException.Missing("file");
        if (file.Length > MaxBytes)
        {
            throw RequestBody.TooLarge(MaxBytes, "file");
        }

        var mime = MimeOf(file.ContentType, file.FileName)
            ?? throw ApiException.Invalid("file", "Unsupported file type. Upload png, jpeg, mp4, webm, mp3, wav, pdf or srt.");
        using var content = new MemoryStream((int)file.Length);
        await file.CopyToAsync(content, http.RequestAborted);
        var bytes = content.ToArray();
        var asset = emulator.Store.Transact(now => emulator.Store.Assets.Add(bytes, mime, file.FileName, now));
        emulator.Accounting.RecordUpload(bytes.Length);
        var response = new UploadedAsset
        {
            AssetId = asset.Id,
            Url = emulator.Urls.Public("_media/assets/" + asset.FileName),
            MimeType = asset.MimeType,
            SizeBytes = asset.Content.Length,
        };
        await JsonResponses.V3(http, response, UploadedAssetJsonConverter.WriteValue);
    }

    private Task GetAsync(HttpContext http)
    {
        var id = (string)http.Request.RouteValues["asset_id"]!;
        var asset = emulator.Store.Transact(_ => emulator.Store.Assets.Find(id)) ?? throw ApiException.NotFound("Asset", "asset_id");
        var response = new Asset
        {
            Id = asset.Id,
            Name = asset.Name,
            Type = asset.FileType,
            Owner = Account.Username,
            SpaceId = Account.SpaceId,
            UploadedAt = asset.UploadedAt.ToUnixTimeSeconds(),
            FolderId = null,
            Url = emulator.Urls.Public("_media/assets/" + asset.FileName),
        };
        return JsonResponses.V3(http, response, AssetJsonConverter.WriteValue);
    }

    /// <summary>The part's declared type when it is a supported one, else the type its file name implies.</summary>
    private static string? MimeOf(string? declared, string? fileName)
    {
        if (!string.IsNullOrEmpty(declared) && MimeByExtension.ContainsValue(declared))
        {
            return declared;
        }

        return fileName is not null && MimeByExtension.TryGetValue(Path.GetExtension(fileName), out var mime) ? mime : null;
    }
}
