namespace HeyGen.Automation;

/// <summary>A running emulator a session can switch to; disposing it stops the emulator.</summary>
public interface IEmulatorHandle : IDisposable
{
    Uri BaseUrl { get; }

    /// <summary>The key the emulator accepts (a throwaway value, but still never printed).</summary>
    string ApiKey { get; }

    int ProcessId { get; }

    bool HasExited { get; }
}
