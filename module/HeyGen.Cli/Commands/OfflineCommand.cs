using System.CommandLine;
using System.Text.Json.Serialization.Metadata;
using HeyGen.Cli.Hosting;
using HeyGen.Cli.Output;

namespace HeyGen.Cli.Commands;

/// <summary>
/// The shape shared by the commands that only read the manifest and its state (plan, status): no network, the
/// same arguments, one result printed as text or JSON, exit code 0 unless the shared failures apply.
/// </summary>
internal static class OfflineCommand
{
    public static Command Create<TResult, TJson>(
        string name,
        string description,
        CommonOptions common,
        CliConsole console,
        Func<string, string?, bool, TResult> run,
        Func<string, TResult, TJson> toJson,
        JsonTypeInfo<TJson> jsonType,
        Action<TextWriter, TResult> printText)
    {
        var command = new Command(name, description)
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
                var value = run(manifest, state, emulator);
                if (json)
                {
                    JsonOutput.Write(console.Output, toJson(manifest, value), jsonType);
                }
                else
                {
                    printText(console.Output, value);
                }

                return Task.FromResult(ExitCodes.Success);
            });
        });
        return command;
    }
}
