namespace HeyGen.Emulator.Media;

/// <summary>An SRT sidecar for a video: the script split into short cues spread over the video's duration.</summary>
internal static class SubtitleWriter
{
    public static byte[] Srt(string? script, double durationSeconds)
    {
        var words = (script ?? "(no speech)").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            words = ["(no speech)"];
        }

        const int WordsPerCue = 8;
        var cues = (words.Length + WordsPerCue - 1) / WordsPerCue;
        var perCue = Math.Max(durationSeconds, 1) / cues;
        var builder = new StringBuilder();
        for (var i = 0; i < cues; i++)
        {
            builder.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append(Time(i * perCue)).Append(" --> ").Append(Time((i + 1) * perCue)).Append('\n')
                .Append(string.Join(' ', words.Skip(i * WordsPerCue).Take(WordsPerCue))).Append("\n\n");
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static string Time(double seconds)
    {
        var t = TimeSpan.FromSeconds(seconds);
        return string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00},{t.Milliseconds:000}");
    }
}
