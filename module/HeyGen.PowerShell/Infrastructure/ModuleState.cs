using System.Management.Automation;
using System.Management.Automation.Runspaces;
using HeyGen.Automation;

namespace HeyGen.PowerShell;

/// <summary>
/// The module's only static state: one session per runspace. Emulators are stopped when the module is removed
/// (<see cref="ModuleCleanup"/>) or the process exits, so no child process outlives the shell.
/// </summary>
internal static class ModuleState
{
    static ModuleState() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Sessions.Dispose();

    public static HeyGenSessionRegistry Sessions { get; } = HeyGenSessionRegistry.CreateDefault();

    /// <summary>The session of the runspace running the current pipeline.</summary>
    public static HeyGenSession Current => Sessions.For(Runspace.DefaultRunspace?.InstanceId ?? Guid.Empty);
}

/// <summary>Remove-Module HeyGen: stop emulators and close clients.</summary>
public sealed class ModuleCleanup : IModuleAssemblyCleanup
{
    public void OnRemove(PSModuleInfo psModuleInfo) => ModuleState.Sessions.Dispose();
}
