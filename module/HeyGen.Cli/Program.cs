using HeyGen.Cli;
using HeyGen.Cli.Hosting;

// Ctrl+C cancels the run cooperatively (System.CommandLine wires the token); the state stays consistent.
return await CliApp.RunAsync(args, CliConsole.System());
