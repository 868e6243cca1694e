using System.CommandLine;
using HeyGen.Cli.Commands;
using HeyGen.Cli.Hosting;

namespace HeyGen.Cli;

/// <summary>The <c>heygen</c> command tree. <see cref="RunAsync"/> is what Main calls and what tests call in-process.</summary>
public static class CliApp
{
    public static RootCommand Build(CliConsole console)
    {
        var common = new CommonOptions();
        var root = new RootCommand("HeyGen Toolkit: render YAML video manifests with HeyGen, idempotently. " + ExitCodes.Help)
        {
            ValidateCommand.Create(common, console),
            PlanCommand.Create(common, console),
            RenderCommand.Create(common, console),
            StatusCommand.Create(common, console),
        };
        return root;
    }

    public static Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var parse = Build(console).Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Output, Error = console.Error };
        return parse.InvokeAsync(configuration, cancellationToken);
    }
}
