namespace HeyGen.Automation;

/// <summary>Where a session's credentials come from.</summary>
public enum ConnectionSource
{
    /// <summary>Connect-HeyGen with an explicit key.</summary>
    Explicit,

    /// <summary>The HEYGEN_API_KEY environment variable (Connect-HeyGen without -ApiKey, or no Connect-HeyGen at all).</summary>
    Environment,

    /// <summary>A local emulator started by Start-HeyGenEmulator or Connect-HeyGen -Emulator.</summary>
    Emulator,
}
