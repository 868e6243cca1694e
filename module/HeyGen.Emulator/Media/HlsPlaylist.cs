namespace HeyGen.Emulator.Media;

/// <summary>
/// The live HLS playlist of a realtime session. The stream loops the three embedded segments; the media
/// sequence advances with the emulator's clock (one segment per <see cref="MediaLibrary.HlsSegmentSeconds"/>
/// after the session became ready), and each wrap back to segment 0 is marked with EXT-X-DISCONTINUITY (the
/// timestamps restart), with EXT-X-DISCONTINUITY-SEQUENCE kept consistent as the window slides. A closed
/// session's playlist ends with EXT-X-ENDLIST.
/// </summary>
internal static class HlsPlaylist
{
    /// <summary>Segments in the live window (HLS asks for at least three target durations).</summary>
    public const int WindowSize = 3;

    public static string Build(DateTimeOffset readyAt, DateTimeOffset now, DateTimeOffset? closedAt)
    {
        var end = closedAt is { } closed && closed < now ? closed : now;
        var elapsed = end < readyAt ? TimeSpan.Zero : end - readyAt;
        var first = (long)(elapsed.TotalSeconds / MediaLibrary.HlsSegmentSeconds);
        var loop = MediaLibrary.HlsSegments.Count;
        var builder = new StringBuilder();
        builder.Append("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:").Append(MediaLibrary.HlsSegmentSeconds.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("#EXT-X-MEDIA-SEQUENCE:").Append(first.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("#EXT-X-DISCONTINUITY-SEQUENCE:").Append((first / loop).ToString(CultureInfo.InvariantCulture)).Append('\n');
        for (var n = first; n < first + WindowSize; n++)
        {
            if (n > first && n % loop == 0)
            {
                builder.Append("#EXT-X-DISCONTINUITY\n");
            }

            builder.Append("#EXTINF:").Append(MediaLibrary.HlsSegmentSeconds.ToString("0.000", CultureInfo.InvariantCulture)).Append(",\n")
                .Append("segment").Append(n.ToString(CultureInfo.InvariantCulture)).Append(".ts\n");
        }

        if (closedAt is not null && closedAt <= now)
        {
            builder.Append("#EXT-X-ENDLIST\n");
        }

        return builder.ToString();
    }

    /// <summary>The bytes of segment <paramref name="sequence"/> (the loop position).</summary>
    public static byte[] Segment(long sequence) => MediaLibrary.HlsSegments[(int)(sequence % MediaLibrary.HlsSegments.Count)];
}
