using System.Collections.Concurrent;

namespace HeyGen.Automation;

/// <summary>
/// One <see cref="HeyGenSession"/> per PowerShell runspace (keyed by its instance id), so two runspaces in one
/// process (jobs, ForEach-Object -Parallel) never share a connection by accident.
/// </summary>
public sealed class HeyGenSessionRegistry : IDisposable
{
    private readonly ConcurrentDictionary<Guid, HeyGenSession> _sessions = new();
    private readonly Func<Guid, HeyGenSession> _create;

    public HeyGenSessionRegistry(Func<Guid, HeyGenSession> create) => _create = create ?? throw new ArgumentNullException(nameof(create));

    /// <summary>The registry the module uses: real environment variables and HTTP.</summary>
    public static HeyGenSessionRegistry CreateDefault() => new(_ => new HeyGenSession(Environment.GetEnvironmentVariable));

    public HeyGenSession For(Guid runspaceId) => _sessions.GetOrAdd(runspaceId, _create);

    /// <summary>Stops every emulator and closes every client (module removal).</summary>
    public void Dispose()
    {
        foreach (var id in _sessions.Keys.ToList())
        {
            if (_sessions.TryRemove(id, out var session))
            {
                session.Dispose();
            }
        }
    }
}
