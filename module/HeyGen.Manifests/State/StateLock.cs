using System.Diagnostics;
using System.Text.Json;

namespace HeyGen.Manifests.State;

/// <summary>
/// One run per state file. The lock file is created exclusively and names its owner; a lock whose owner process
/// is gone (same host, process id no longer running with the recorded start time) is stale and taken over.
/// </summary>
public sealed class StateLock : IDisposable
{
    private readonly string _path;
    private bool _released;

    private StateLock(string path, LockOwner owner)
    {
        _path = path;
        Owner = owner;
    }

    public LockOwner Owner { get; }

    /// <summary>True when this acquisition replaced a stale lock left by a dead process.</summary>
    public bool TookOverStaleLock { get; private set; }

    /// <exception cref="ManifestLockedException">A live process holds the lock.</exception>
    public static StateLock Acquire(string statePath, string tool)
    {
        var path = statePath + ".lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var owner = CurrentOwner(tool);
        var tookOver = false;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (TryCreate(path, owner))
            {
                return new StateLock(path, owner) { TookOverStaleLock = tookOver };
            }

            if (File.Exists(path))
            {
                // Lock files appear complete or not at all (see TryCreate): an unreadable one is damaged, not
                // half-written by a live process, and is treated like a dead owner's.
                var holder = ReadOwner(path);
                if (holder is not null && IsAlive(holder))
                {
                    throw new ManifestLockedException(path, holder);
                }

                // The owner is gone: the lock is stale. Remove it — only if it is still the one judged stale, so a
                // fresh lock another run just took over is not deleted — and race for a new one (the move decides).
                var current = ReadOwner(path);
                if (current?.ProcessId == holder?.ProcessId && current?.AcquiredAt == holder?.AcquiredAt)
                {
                    TryDelete(path);
                    tookOver = true;
                }
            }
        }

        throw new ManifestLockedException(path, ReadOwner(path));
    }

    /// <summary>
    /// Creates the lock file with its content in one step: the owner is written to a temp file, which is then
    /// moved to the lock path without overwriting (link-or-fail on Unix, MoveFileEx on Windows). A process killed
    /// at any instant leaves either no lock or a complete one naming it — never an empty file that looks alive.
    /// </summary>
    private static bool TryCreate(string path, LockOwner owner)
    {
        var temp = path + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var bytes = JsonSerializer.SerializeToUtf8Bytes(owner, LockJson.Default.LockOwner);
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(temp, path);
                return true;
            }
            catch (IOException) when (File.Exists(path))
            {
                return false;
            }
        }
        finally
        {
            TryDelete(temp);
        }
    }

    /// <summary>The current holder of a state file's lock, if any (for status output).</summary>
    public static LockOwner? Peek(string statePath) => File.Exists(statePath + ".lock") ? ReadOwner(statePath + ".lock") : null;

    private static LockOwner CurrentOwner(string tool)
    {
        using var process = Process.GetCurrentProcess();
        return new LockOwner
        {
            ProcessId = process.Id,
            Host = Environment.MachineName,
            User = Environment.UserName,
            ProcessStartedAt = StartTime(process),
            AcquiredAt = DateTimeOffset.UtcNow,
            Tool = tool,
        };
    }

    private static LockOwner? ReadOwner(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), LockJson.Default.LockOwner);
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A lock from another host is assumed alive (its process cannot be checked from here).</summary>
    private static bool IsAlive(LockOwner owner)
    {
        if (!string.Equals(owner.Host, Environment.MachineName, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(owner.ProcessId);
            if (process.HasExited)
            {
                return false;
            }

            var started = StartTime(process);
            return owner.ProcessStartedAt is null || started is null || Math.Abs((started.Value - owner.ProcessStartedAt.Value).TotalSeconds) < 2;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static DateTimeOffset? StartTime(Process process)
    {
        try
        {
            return new DateTimeOffset(process.StartTime.ToUniversalTime(), TimeSpan.Zero);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return null;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Someone else removed or replaced it; the next CreateNew decides who wins.
        }
    }

    public void Dispose()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        if (ReadOwner(_path) is { } current && current.ProcessId == Owner.ProcessId && current.AcquiredAt == Owner.AcquiredAt)
        {
            TryDelete(_path);
        }
    }
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.SnakeCaseLower)]
[System.Text.Json.Serialization.JsonSerializable(typeof(LockOwner))]
internal sealed partial class LockJson : System.Text.Json.Serialization.JsonSerializerContext
{
}
