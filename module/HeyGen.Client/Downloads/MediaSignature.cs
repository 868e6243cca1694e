namespace HeyGen;

/// <summary>Recognises media by their first bytes, so an HTML or XML error page is never saved as a video.</summary>
internal static class MediaSignature
{
    public static bool Matches(VideoAsset asset, ReadOnlySpan<byte> head) => asset switch
    {
        VideoAsset.Video or VideoAsset.CaptionedVideo => IsMp4(head) || IsWebM(head),
        VideoAsset.Thumbnail => IsJpeg(head) || IsPng(head) || IsWebP(head),
        VideoAsset.Gif => head.Length >= 4 && head[0] == (byte)'G' && head[1] == (byte)'I' && head[2] == (byte)'F' && head[3] == (byte)'8',
        _ => head.Length > 0 && head[0] != (byte)'<',
    };

    private static bool IsMp4(ReadOnlySpan<byte> head) =>
        head.Length >= 8 && head[4] == (byte)'f' && head[5] == (byte)'t' && head[6] == (byte)'y' && head[7] == (byte)'p';

    private static bool IsWebM(ReadOnlySpan<byte> head) =>
        head.Length >= 4 && head[0] == 0x1A && head[1] == 0x45 && head[2] == 0xDF && head[3] == 0xA3;

    private static bool IsJpeg(ReadOnlySpan<byte> head) => head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF;

    private static bool IsPng(ReadOnlySpan<byte> head) => head.Length >= 4 && head[0] == 0x89 && head[1] == (byte)'P' && head[2] == (byte)'N' && head[3] == (byte)'G';

    private static bool IsWebP(ReadOnlySpan<byte> head) =>
        head.Length >= 12 && head[0] == (byte)'R' && head[1] == (byte)'I' && head[2] == (byte)'F' && head[3] == (byte)'F' && head[8] == (byte)'W' && head[9] == (byte)'E' && head[10] == (byte)'B' && head[11] == (byte)'P';
}
