namespace HeyGen.PowerShell.Loader;

/// <summary>Where a dependency of the module comes from.</summary>
public enum LoadChoice
{
    /// <summary>The module's own copy, in its isolated context (PowerShell 7) or from its folder (5.1).</summary>
    Private,

    /// <summary>The runtime's copy: it is part of the shared framework and at least as new as the module's.</summary>
    Platform,
}
