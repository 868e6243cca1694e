using System.CommandLine;

namespace HeyGen.Cli.Commands;

/// <summary>The arguments and options several commands share, created once per command tree.</summary>
internal sealed class CommonOptions
{
    public Argument<FileInfo> Manifest { get; } = new("manifest")
    {
        Description = "The manifest file (YAML).",
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write one machine-readable JSON document instead of text.",
    };

    public Option<bool> Emulator { get; } = new("--emulator")
    {
        Description = "Use the embedded HeyGen emulator (no API key, nothing billed). Its state file is kept apart from real runs.",
    };

    public Option<FileInfo?> State { get; } = new("--state")
    {
        Description = "The state file (default: <manifest>.heygen-state.json beside the manifest; .heygen-state.emulator.json with --emulator).",
    };

    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = "The API's base URL (default: HEYGEN_BASE_URL, else https://api.heygen.com/). The key is always read from HEYGEN_API_KEY.",
    };

    public Option<int?> Concurrency { get; } = new("--concurrency")
    {
        Description = "Most renders in flight at once (default: the manifest's concurrency, else 3). HeyGen's per-account job cap still applies: beyond it the run adapts.",
    };

    public Option<string?> WebhookListen { get; } = new("--webhook-listen")
    {
        Description = "Listen for HeyGen's completion webhooks on this HTTP prefix (for example http://127.0.0.1:8085/) and react to them at once; "
            + "status polling continues slowly as a safety net. The manifest's callback_url (or a registered webhook endpoint) must reach this prefix: "
            + "the same URL with --emulator, or a tunnel or reverse proxy forwarding to it in production.",
    };

    public Option<string?> WebhookSecretEnv { get; } = new("--webhook-secret-env")
    {
        Description = "The environment variable holding the webhook signing secret (default HEYGEN_WEBHOOK_SECRET). Unsigned or altered deliveries are refused. "
            + "With --emulator and no secret set, a random one is used and the emulator signs with it.",
    };
}
