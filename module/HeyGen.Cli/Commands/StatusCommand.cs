using System.CommandLine;
using HeyGen.Cli.Hosting;
using HeyGen.Cli.Output;
using HeyGen.Manifests;

namespace HeyGen.Cli.Commands;

/// <summary><c>heygen status</c>: what the state file records, and who holds the lock. No network.</summary>
internal static class StatusCommand
{
    public static Command Create(CommonOptions common, CliConsole console)
    {
        var command = new Command("status", "Show each scene's recorded state (intent, submitted, completed, downloaded, failed) and any active run.")
        {
            common.Manifest,
            common.Json,
            common.Emulator,
            common.State,
        };
        command.SetAction((result, _) =>
        {
            var manifest = result.GetValue(common.Manifest)!.FullName;
            var json = result.GetValue(common.Json);
            var emulator = result.GetValue(common.Emulator);
            var state = result.GetValue(common.State)?.FullName;
            return CommandRunner.RunAsync(console, json, () =>
            {
                var status = ManifestEngine.Status(manifest, state, emulator);
                if (json)
                {
                    JsonOutput.Write(console.Output, ReportMapper.Status(manifest, status), CliJsonContext.Default.JsonStatus);
                }
                else
                {
                    TextReports.Status(console.Output, status);
                }

                return Task.FromResult(ExitCodes.Success);
            });
        });
        return command;
    }
}
