using System.CommandLine;
using HeyGen.Cli.Hosting;
using HeyGen.Cli.Output;
using HeyGen.Manifests;

namespace HeyGen.Cli.Commands;

/// <summary><c>heygen validate</c>: every error at once, no network.</summary>
internal static class ValidateCommand
{
    public static Command Create(CommonOptions common, CliConsole console)
    {
        var command = new Command("validate", "Check a manifest (YAML, fields, files, CSV rows) and report every error with file:line:column. Makes no API call.")
        {
            common.Manifest,
            common.Json,
        };
        command.SetAction((result, _) =>
        {
            var manifest = result.GetValue(common.Manifest)!.FullName;
            var json = result.GetValue(common.Json);
            return CommandRunner.RunAsync(console, json, () => Task.FromResult(Run(console, manifest, json)));
        });
        return command;
    }

    private static int Run(CliConsole console, string manifest, bool json)
    {
        var validation = ManifestEngine.Validate(manifest);
        if (json)
        {
            JsonOutput.Write(console.Output, new JsonValidation(manifest, validation.IsValid, validation.Scenes.Count, validation.Errors.Select(ReportMapper.Error).ToList()), CliJsonContext.Default.JsonValidation);
        }
        else if (validation.IsValid)
        {
            console.Output.WriteLine(manifest + ": valid, " + validation.Scenes.Count + " scene(s).");
        }
        else
        {
            TextReports.Errors(console.Output, validation.Errors);
        }

        return validation.IsValid ? ExitCodes.Success : ExitCodes.InvalidManifest;
    }
}
