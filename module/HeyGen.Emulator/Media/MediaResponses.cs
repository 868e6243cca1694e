namespace HeyGen.Emulator.Media;

/// <summary>Writes a whole file with its length, as S3 and HeyGen's CDN do (HEAD gets the headers only).</summary>
internal static class MediaResponses
{
    public static async Task WriteAsync(HttpContext context, byte[] content, string contentType, bool cacheable = true)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = content.Length;
        context.Response.Headers.CacheControl = cacheable ? "private, max-age=3600" : "no-cache, no-store";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(content, context.RequestAborted);
        }
    }

    public static string ContentType(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".mp4" => "video/mp4",
        ".webm" => "video/webm",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".gif" => "image/gif",
        ".mp3" => "audio/mpeg",
        ".wav" => "audio/wav",
        ".pdf" => "application/pdf",
        ".srt" => "application/x-subrip",
        ".m3u8" => "application/vnd.apple.mpegurl",
        ".ts" => "video/mp2t",
        _ => "application/octet-stream",
    };
}
