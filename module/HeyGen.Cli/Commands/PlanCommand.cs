using System.CommandLine;
using HeyGen.Cli.Hosting;
using HeyGen.Cli.Output;
using HeyGen.Manifests;

namespace HeyGen.Cli.Commands;

/// <summary><c>heygen plan</c>: what a render would do and why. No network, no changes.</summary>
internal static class PlanCommand
{
    public static Command Create(CommonOptions common, CliConsole console) =>
        OfflineCommand.Create(
            "plan",
            "Show what render would do for each scene (create, resume, download, skip, retry, orphan) and why. Changes nothing.",
            common,
            console,
            (manifest, state, emulator) => ManifestEngine.Plan(manifest, state, emulator),
            ReportMapper.Plan,
            CliJsonContext.Default.JsonPlan,
            TextReports.Plan);
}
