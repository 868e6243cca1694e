using System.Runtime.InteropServices;
using HeyGen.Emulator;
using HeyGen.Emulator.Hosting;

// Standalone emulator. Other tools (the PowerShell module, CI scripts) start this process and parse the one line it
// prints, so that line's format is a contract: keep it stable.
CommandLine commandLine;
try
{
    commandLine = CommandLine.Parse(args);
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync(ex.Message + Environment.NewLine + CommandLine.Usage);
    return 2;
}

if (commandLine.Help)
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

await using var emulator = await HeyGenEmulator.StartAsync(commandLine.ToOptions());
var url = emulator.BaseUrl.ToString().TrimEnd('/');
Console.Out.WriteLine("HeyGen emulator listening on " + url + " (API key: " + emulator.ApiKey + ")");
Console.Out.Flush();
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C or SIGTERM: dispose the emulator and exit cleanly.
}

return 0;
