using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HeyGen.Manifests.State;

/// <summary>
/// The state file beside a manifest: a snapshot (<c>x.heygen-state.json</c>) plus a journal
/// (<c>x.heygen-state.json.journal</c>) that gets one fsync'd line per transition. A transition is therefore
/// durable the moment it is recorded, without rewriting the whole file; <see cref="Compact"/> folds the journal
/// into a new snapshot (written to a temporary file, flushed, then renamed over the old one).
/// A torn last journal line (a crash mid-write) is the transition that did not happen; anything else
/// unreadable is corruption: a copy is kept and <see cref="CorruptStateException"/> stops the run.
/// </summary>
public sealed class StateStore : IDisposable
{
    private static readonly byte[] NewLine = { (byte)'\n' };

    private readonly object _gate = new();
    private FileStream? _journal;

    public StateStore(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        State = new ManifestState();
    }

    public string Path { get; }

    public string JournalPath => Path + ".journal";

    /// <summary>The state as loaded plus every transition recorded since. Callers must not mutate the records; record copies.</summary>
    public ManifestState State { get; private set; }

    /// <summary>The state file for a manifest and a target: real accounts and the emulator never share one.</summary>
    public static string DefaultPath(string manifestPath, bool emulator)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(manifestPath)) ?? ".";
        var stem = System.IO.Path.GetFileNameWithoutExtension(manifestPath);
        return System.IO.Path.Combine(directory, stem + (emulator ? ".heygen-state.emulator.json" : ".heygen-state.json"));
    }

    /// <summary>Reads the snapshot and replays the journal.</summary>
    /// <exception cref="CorruptStateException">The snapshot or a journal line (other than a torn last one) cannot be read.</exception>
    public ManifestState Load()
    {
        var state = new ManifestState();
        if (File.Exists(Path))
        {
            var bytes = File.ReadAllBytes(Path);
            try
            {
                state = JsonSerializer.Deserialize(bytes, StateJson.Default.ManifestState) ?? throw new JsonException("the file is empty or null");
            }
            catch (JsonException ex)
            {
                throw Corrupt(Path, ex.Message, ex);
            }

            if (state.Version != ManifestState.CurrentVersion)
            {
                throw Corrupt(Path, "it has version " + state.Version + "; this engine reads version " + ManifestState.CurrentVersion + " (upgrade the toolkit)", null);
            }

            state.Scenes = new Dictionary<string, SceneState>(state.Scenes ?? new Dictionary<string, SceneState>(), StringComparer.Ordinal);
            state.Assets = new Dictionary<string, AssetState>(state.Assets ?? new Dictionary<string, AssetState>(), StringComparer.Ordinal);
            state.Batches = new Dictionary<string, BatchState>(state.Batches ?? new Dictionary<string, BatchState>(), StringComparer.Ordinal);
        }

        ReplayJournal(state);
        State = state;
        return state;
    }

    private void ReplayJournal(ManifestState state)
    {
        if (!File.Exists(JournalPath))
        {
            return;
        }

        var bytes = File.ReadAllBytes(JournalPath);
        var start = 0;
        var lineNumber = 0;
        while (start < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            var complete = end >= 0;
            var length = (complete ? end : bytes.Length) - start;
            lineNumber++;
            if (length > 0)
            {
                try
                {
                    var entry = JsonSerializer.Deserialize(new ReadOnlySpan<byte>(bytes, start, length), StateJson.Default.JournalEntry)
                        ?? throw new JsonException("an empty entry");
                    if (entry.V != ManifestState.CurrentVersion)
                    {
                        throw new JsonException("version " + entry.V.ToString(CultureInfo.InvariantCulture));
                    }

                    Apply(state, entry);
                }
                catch (JsonException) when (!complete)
                {
                    // A crash while appending leaves a partial last line: that transition never happened.
                    TruncateJournal(start);
                    return;
                }
                catch (JsonException ex)
                {
                    throw Corrupt(JournalPath, "line " + lineNumber + ": " + ex.Message, ex);
                }
            }

            start = complete ? end + 1 : bytes.Length;
        }
    }

    private void TruncateJournal(int length)
    {
        using var stream = new FileStream(JournalPath, FileMode.Open, FileAccess.Write, FileShare.None);
        stream.SetLength(length);
        stream.Flush(flushToDisk: true);
    }

    private static void Apply(ManifestState state, JournalEntry entry)
    {
        if (entry.Scene is { } scene)
        {
            state.Scenes[scene.Id] = scene;
        }

        if (entry.Asset is { } asset)
        {
            state.Assets[asset.Sha256] = asset;
        }

        if (entry.Batch is { } batch)
        {
            state.Batches[batch.Key] = batch;
        }
    }

    /// <summary>Records a scene transition durably (journal append + fsync) before returning.</summary>
    public void Record(SceneState scene) => Append(new JournalEntry { Scene = scene.Copy() });

    /// <summary>Records an uploaded asset durably.</summary>
    public void Record(AssetState asset) => Append(new JournalEntry { Asset = asset });

    /// <summary>Records a batch create (before it is sent, and again with its id) durably.</summary>
    public void Record(BatchState batch) => Append(new JournalEntry { Batch = batch });

    private void Append(JournalEntry entry)
    {
        var line = JsonSerializer.SerializeToUtf8Bytes(entry, StateJson.Default.JournalEntry);
        lock (_gate)
        {
            _journal ??= OpenJournal();
            _journal.Write(line, 0, line.Length);
            _journal.Write(NewLine, 0, 1);
            _journal.Flush(flushToDisk: true);
            Apply(State, entry);
        }
    }

    private FileStream OpenJournal()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var stream = new FileStream(JournalPath, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
        stream.Seek(0, SeekOrigin.End);
        return stream;
    }

    /// <summary>Writes the whole state as a new snapshot (atomically) and clears the journal.</summary>
    public void Compact(string? manifest = null, string? target = null)
    {
        lock (_gate)
        {
            State.Manifest = manifest ?? State.Manifest;
            State.Target = target ?? State.Target;
            var json = JsonSerializer.SerializeToUtf8Bytes(State, StateJson.Default.ManifestState);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var temp = Path + ".tmp";
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(json, 0, json.Length);
                stream.Flush(flushToDisk: true);
            }

            Replace(temp, Path);

            // Replaying the journal over the new snapshot would be harmless (records replace records), so a crash here is safe.
            _journal?.Dispose();
            _journal = null;
            if (File.Exists(JournalPath))
            {
                File.Delete(JournalPath);
            }
        }
    }

    private static void Replace(string temp, string path)
    {
#if NET
        File.Move(temp, path, overwrite: true);
#else
        if (File.Exists(path))
        {
            File.Replace(temp, path, null);
        }
        else
        {
            File.Move(temp, path);
        }
#endif
    }

    private static CorruptStateException Corrupt(string path, string reason, Exception? inner)
    {
        var backup = path + ".corrupt-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        File.Copy(path, backup, overwrite: true);
        return new CorruptStateException(path, backup, reason, inner);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _journal?.Dispose();
            _journal = null;
        }
    }

    /// <summary>A readable one-line summary, for status output.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(Path).Append(": ").Append(State.Scenes.Count).Append(" scenes, ").Append(State.Assets.Count).Append(" assets");
        return sb.ToString();
    }
}
