using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace HeyGen.Automation;

/// <summary>
/// A standalone emulator in a child process (<c>dotnet HeyGen.Emulator.dll --port N</c>). A child process rather
/// than hosting ASP.NET Core in PowerShell: the module must also load in Windows PowerShell 5.1 (.NET Framework,
/// no ASP.NET Core), and in PowerShell 7 the emulator's framework would share the pwsh process with every other
/// module. Disposing stops the process; the module stops it on removal too.
/// </summary>
public sealed class EmulatorProcess : IEmulatorHandle
{
    private const int KeptOutputLines = 50;

    private static readonly char[] NeedQuotes = { ' ', '\t', '"' };

    private readonly Process _process;
    private readonly Queue<string> _recentOutput;

    private EmulatorProcess(Process process, Uri baseUrl, string apiKey, Queue<string> recentOutput)
    {
        _process = process;
        BaseUrl = baseUrl;
        ApiKey = apiKey;
        ProcessId = process.Id;
        _recentOutput = recentOutput;
    }

    public Uri BaseUrl { get; }

    public string ApiKey { get; }

    public int ProcessId { get; }

    public bool HasExited
    {
        get
        {
            try
            {
                return _process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }

    /// <summary>The emulator's last output lines (its request log), for diagnostics.</summary>
    public IReadOnlyList<string> RecentOutput
    {
        get
        {
            lock (_recentOutput)
            {
                return _recentOutput.ToList();
            }
        }
    }

    /// <summary>Starts the emulator and waits for its ready line.</summary>
    /// <exception cref="EmulatorStartException">The files are missing, the process exited, or it did not become ready in time.</exception>
    public static async Task<EmulatorProcess> StartAsync(EmulatorStartInfo info, CancellationToken cancellationToken)
    {
        if (info is null)
        {
            throw new ArgumentNullException(nameof(info));
        }

        if (!File.Exists(info.EmulatorAssemblyPath))
        {
            throw new EmulatorStartException("The emulator is not installed with the module: '" + info.EmulatorAssemblyPath + "' is missing.",
                "Reinstall the HeyGen module, or build it with 'dotnet build module/HeyGen.PowerShell'.");
        }

        var start = new ProcessStartInfo(info.DotNetPath)
        {
            Arguments = Quote(info.EmulatorAssemblyPath) + " --port " + info.Port.ToString(CultureInfo.InvariantCulture)
                + string.Concat(info.ExtraArguments.Select(a => " " + Quote(a))),
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            CreateNoWindow = true,
            WorkingDirectory = Path.GetDirectoryName(info.EmulatorAssemblyPath) ?? ".",
        };
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var ready = new TaskCompletionSource<(Uri Url, string Key)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var recent = new Queue<string>();
        var errors = new StringBuilder();

        void Remember(string line)
        {
            lock (recent)
            {
                recent.Enqueue(line);
                while (recent.Count > KeptOutputLines)
                {
                    recent.Dequeue();
                }
            }
        }

        // Both streams are drained for the life of the process: a full pipe would block the emulator's logging.
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            Remember(e.Data);
            if (EmulatorBanner.TryParse(e.Data, out var url, out var key))
            {
                ready.TrySetResult((url!, key!));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Remember(e.Data);
                lock (errors)
                {
                    errors.AppendLine(e.Data);
                }
            }
        };
        process.Exited += (_, _) => ready.TrySetException(new EmulatorStartException(
            "The emulator exited before it was ready" + ExitDetails(process, errors),
            "Check that the .NET 10 runtime with ASP.NET Core is installed ('dotnet --list-runtimes' lists Microsoft.AspNetCore.App 10.x)."));

        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            process.Dispose();
            throw new EmulatorStartException("Could not run '" + info.DotNetPath + "': " + ex.Message,
                "Install the .NET 10 runtime (with ASP.NET Core), or put dotnet on PATH / set DOTNET_ROOT.", ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var started = await WaitAsync(ready.Task, info.StartupTimeout, cancellationToken).ConfigureAwait(false);
            return new EmulatorProcess(process, started.Url, started.Key, recent);
        }
        catch
        {
            Kill(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Stops the emulator.</summary>
    public void Dispose()
    {
        Kill(_process);
        _process.Dispose();
    }

    public override string ToString() => BaseUrl + " (process " + ProcessId.ToString(CultureInfo.InvariantCulture) + ")";

    private static async Task<(Uri Url, string Key)> WaitAsync(Task<(Uri Url, string Key)> ready, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (timer.Token.Register(() => cancelled.TrySetResult(true)))
        {
            if (await Task.WhenAny(ready, cancelled.Task).ConfigureAwait(false) == ready)
            {
                return await ready.ConfigureAwait(false);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        throw new EmulatorStartException("The emulator did not report that it was listening within " + timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " seconds.",
            "Try again; if it keeps happening, run 'dotnet HeyGen.Emulator.dll --port 0' from the module's emulator folder to see its output.");
    }

    private static string ExitDetails(Process process, StringBuilder errors)
    {
        string code;
        try
        {
            code = process.ExitCode.ToString(CultureInfo.InvariantCulture);
        }
        catch (InvalidOperationException)
        {
            code = "unknown";
        }

        string text;
        lock (errors)
        {
            text = errors.ToString().Trim();
        }

        return " (exit code " + code + ")" + (text.Length == 0 ? "." : ": " + text);
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Exiting right now; nothing left to stop.
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.IndexOfAny(NeedQuotes) < 0 ? argument : "\"" + argument.Replace("\"", "\\\"") + "\"";
}
