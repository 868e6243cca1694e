using System.Collections.Concurrent;
using System.Diagnostics;

namespace HeyGen.Manifests.Tests.Infrastructure;

/// <summary>
/// A `dotnet &lt;assembly&gt;` child process whose output lines are collected as they arrive, so a test can wait
/// for a line and kill the process at a chosen moment. Killed (with its tree) on dispose.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly SemaphoreSlim _lineArrived = new(0);

    private ChildProcess(Process process)
    {
        _process = process;
    }

    public IReadOnlyCollection<string> Lines => _lines;

    public string Output => string.Join("\n", _lines);

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static ChildProcess Start(string assembly, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        info.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The child must never see a real key from the machine running the tests.
        info.Environment.Remove("HEYGEN_API_KEY");
        info.Environment.Remove("HEYGEN_BASE_URL");
        foreach (var pair in environment ?? new Dictionary<string, string>())
        {
            info.Environment[pair.Key] = pair.Value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => child.Add(e.Data);
        process.ErrorDataReceived += (_, e) => child.Add(e.Data is null ? null : "stderr: " + e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits until a line matches, the process exits, or the timeout passes; returns the line or null.</summary>
    public async Task<string?> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var found = _lines.FirstOrDefault(match);
                if (found is not null)
                {
                    return found;
                }

                if (_process.HasExited)
                {
                    _process.WaitForExit(); // drains the output
                    return _lines.FirstOrDefault(match);
                }

                await _lineArrived.WaitAsync(TimeSpan.FromMilliseconds(100), cancel.Token);
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Kills the process at once, like a power cut would (no cleanup runs in it).</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        _lineArrived.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        _lineArrived.Release();
    }
}
