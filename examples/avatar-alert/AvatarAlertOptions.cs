namespace HeyGen.Examples.AvatarAlert;

/// <summary>The example's settings (section <c>AvatarAlert</c>; the key also from <c>HEYGEN_API_KEY</c>).</summary>
public sealed class AvatarAlertOptions
{
    /// <summary>The in-process HeyGen emulator (the default: works offline, costs nothing).</summary>
    public const string EmulatorBackend = "emulator";

    /// <summary>HeyGen itself (or a HeyGen-compatible server at <see cref="BaseUrl"/>), with <see cref="ApiKey"/>.</summary>
    public const string HeyGenBackend = "heygen";

    /// <summary><c>emulator</c> or <c>heygen</c>.</summary>
    public string Backend { get; set; } = EmulatorBackend;

    /// <summary>The avatar look that speaks the alerts.</summary>
    public string AvatarId { get; set; } = "Daisy-inskirt-20220818";

    /// <summary>Its voice.</summary>
    public string VoiceId { get; set; } = "1bd001e7e50f421d891986aad5158bc8";

    /// <summary>The HeyGen API key (heygen backend). Stays on the server; never sent to the page or logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Another HeyGen-compatible server (a proxy, a standalone emulator); null is api.heygen.com.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Keep the session alive with a push after this many quiet seconds (HeyGen closes it after 30); 0 turns it off.</summary>
    public int KeepAliveSeconds { get; set; } = 20;

    /// <summary>
    /// Stop keeping the session alive this many seconds after the last alert: HeyGen bills every second a session
    /// is open, so an idle page should not hold one for the full hour.
    /// </summary>
    public int LingerSeconds { get; set; } = 120;

    /// <summary>Longer alert texts are refused (they are spoken, so they should be short).</summary>
    public int MaxTextLength { get; set; } = 500;

    /// <summary>
    /// Transport retries for each HeyGen call. Small on purpose: a page waiting for its alert should fall back to the
    /// dialog quickly rather than sit through a long backoff.
    /// </summary>
    public int MaxRetries { get; set; } = 1;
}
