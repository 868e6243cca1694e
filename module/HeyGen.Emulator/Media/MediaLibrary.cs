namespace HeyGen.Emulator.Media;

/// <summary>
/// The sample files embedded in the assembly: every rendered video is the 2-second H.264/AAC sample (or the
/// VP9-with-alpha WebM), so downloads are real, playable files. The HLS segments were cut from the same
/// sample (2 s each, H.264 baseline + AAC in MPEG-TS, continuous timestamps across the three).
/// </summary>
internal static class MediaLibrary
{
    public static readonly byte[] SampleMp4 = Load("sample.mp4");

    public static readonly byte[] SampleWebm = Load("sample.webm");

    public static readonly byte[] Thumbnail = Load("thumbnail.jpg");

    public static readonly byte[] PreviewGif = Load("preview.gif");

    public static readonly byte[] VoicePreview = Load("voice-preview.mp3");

    public static readonly IReadOnlyList<byte[]> HlsSegments = [Load("hls/segment0.ts"), Load("hls/segment1.ts"), Load("hls/segment2.ts")];

    /// <summary>Seconds per HLS segment (the playlist's EXT-X-TARGETDURATION).</summary>
    public const int HlsSegmentSeconds = 2;

    private static byte[] Load(string name)
    {
        var resource = "HeyGen.Emulator.Media." + name;
        using var stream = typeof(MediaLibrary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("The emulator assembly lacks its embedded media file '" + resource + "'.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
