namespace HeyGen.Emulator;

/// <summary>The emulator's rendering rules: how long a video lasts and which videos fail.</summary>
internal static class VideoRules
{
    /// <summary>A script, prompt or title containing this marker (case-insensitive) renders to <c>failed</c>.</summary>
    public const string FailureMarker = "[[fail]]";

    /// <summary>HeyGen's script limit (characters).</summary>
    public const int MaxScriptLength = 5000;

    /// <summary>Speech rate used to turn a script into a duration: about 150 words a minute.</summary>
    private const double WordsPerSecond = 2.5;

    /// <summary>Duration of a video driven by an audio file the emulator does not decode.</summary>
    public const double AudioSeconds = 12;

    public static bool HasFailureMarker(params string?[] texts) =>
        texts.Any(t => t is not null && t.Contains(FailureMarker, StringComparison.OrdinalIgnoreCase));

    /// <summary>Seconds of speech for a script, at least two (the sample video's length), to a tenth of a second.</summary>
    public static double SpeechSeconds(string? script)
    {
        var words = script?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
        return Math.Max(2, Math.Round(words / WordsPerSecond, 1));
    }
}
