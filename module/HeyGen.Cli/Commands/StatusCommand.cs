using System.CommandLine;
using HeyGen.Cli.Hosting;
using HeyGen.Cli.Output;
using HeyGen.Manifests;

namespace HeyGen.Cli.Commands;

/// <summary><c>heygen status</c>: what the state file records, and who holds the lock. No network.</summary>
internal static class StatusCommand
{
    public static Command Create(CommonOptions common, CliConsole console) =>
        OfflineCommand.Create(
            "status",
            "Show each scene's recorded state (intent, submitted, completed, downloaded, failed) and any active run.",
            common,
            console,
            (manifest, state, emulator) => ManifestEngine.Status(manifest, state, emulator),
            ReportMapper.Status,
            CliJsonContext.Default.JsonStatus,
            TextReports.Status);
}
