using HeyGen.Cli;
using HeyGen.Cli.Hosting;

namespace HeyGen.Manifests.Tests.Infrastructure;

/// <summary>Runs the real CLI command tree in-process with captured output and a controlled environment.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> InvokeAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, isTerminal: false, name => environment is not null && environment.TryGetValue(name, out var value) ? value : null);
        var exit = await CliApp.RunAsync(args, console);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public static Task<CliRun> InvokeAsync(params string[] args) => InvokeAsync(null, args);
}
