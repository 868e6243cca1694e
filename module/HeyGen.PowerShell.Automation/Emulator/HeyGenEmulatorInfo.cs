namespace HeyGen.Automation;

/// <summary>A running emulator as Start-HeyGenEmulator shows it (no key: the session already uses it).</summary>
public sealed class HeyGenEmulatorInfo
{
    public Uri BaseUrl { get; init; } = new("http://127.0.0.1/");

    public int Port => BaseUrl.Port;

    public int ProcessId { get; init; }

    public bool Running { get; init; }

    public override string ToString() => BaseUrl.ToString();

    public static HeyGenEmulatorInfo From(IEmulatorHandle emulator) => new()
    {
        BaseUrl = (emulator ?? throw new ArgumentNullException(nameof(emulator))).BaseUrl,
        ProcessId = emulator.ProcessId,
        Running = !emulator.HasExited,
    };
}
