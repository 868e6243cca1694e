namespace HeyGen.Cli;

/// <summary>
/// The process exit codes, stable for scripts and CI. Documented in README.md and in <c>heygen --help</c>.
/// </summary>
public static class ExitCodes
{
    /// <summary>Everything asked for is done (or, for validate/plan/status, the manifest is valid).</summary>
    public const int Success = 0;

    /// <summary>The run finished but at least one scene failed or was cancelled; the next run retries them.</summary>
    public const int SceneFailed = 1;

    /// <summary>The manifest (or its CSV/asset files) is invalid: nothing was sent.</summary>
    public const int InvalidManifest = 2;

    /// <summary>Configuration or authentication: no API key, a key HeyGen rejects, an unreadable state file, a bad option.</summary>
    public const int Configuration = 3;

    /// <summary>Another run holds the manifest's lock.</summary>
    public const int LockHeld = 4;

    /// <summary>Interrupted with Ctrl+C; the state is consistent and the next run resumes.</summary>
    public const int Cancelled = 130;

    /// <summary>The table printed by <c>--help</c>.</summary>
    public const string Help =
        "Exit codes: 0 all done, 1 some scenes failed, 2 invalid manifest, 3 configuration or authentication, 4 lock held by another run, 130 cancelled.";
}
