using System.CommandLine;
using HeyGen.Cli.Hosting;
using HeyGen.Cli.Output;
using HeyGen.Manifests;

namespace HeyGen.Cli.Commands;

/// <summary><c>heygen plan</c>: what a render would do and why. No network, no changes.</summary>
internal static class PlanCommand
{
    public static Command Create(CommonOptions common, CliConsole console)
    {
        var command = new Command("plan", "Show what render would do for each scene (create, resume, download, skip, retry, orphan) and why. Changes nothing.")
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
                var plan = ManifestEngine.Plan(manifest, state, emulator);
                if (json)
                {
                    JsonOutput.Write(console.Output, ReportMapper.Plan(manifest, plan), CliJsonContext.Default.JsonPlan);
                }
                else
                {
                    TextReports.Plan(console.Output, plan);
                }

                return Task.FromResult(ExitCodes.Success);
            });
        });
        return command;
    }
}
