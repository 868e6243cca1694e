using HeyGen.Internal;

namespace HeyGen;

/// <summary>
/// One v1 streaming session (<see cref="StreamingClient.OpenSessionAsync"/>): the room to join, and the calls that
/// make its avatar speak. Disposing stops the session if it is still running.
/// </summary>
public sealed class HeyGenStreamingSession : IAsyncDisposable
{
    private readonly StreamingClient _client;
    private int _stopped;

    internal HeyGenStreamingSession(StreamingClient client, V1StreamingSession session)
    {
        _client = client;
        Session = session;
    }

    /// <summary>The session as POST /v1/streaming.new returned it.</summary>
    public V1StreamingSession Session { get; }

    /// <summary>The session id.</summary>
    public string SessionId => Session.SessionId;

    /// <summary>The room (WebSocket/LiveKit) URL a viewer connects to.</summary>
    public Uri RoomUrl => Session.Url;

    /// <summary>The token a viewer joins the room with.</summary>
    public string AccessToken => Session.AccessToken;

    /// <summary>ICE servers for the viewer's WebRTC connection (empty when the server gave none).</summary>
    public IReadOnlyList<V1IceServer> IceServers => Session.IceServers ?? Array.Empty<V1IceServer>();

    /// <summary>True once <see cref="StartAsync"/> succeeded.</summary>
    public bool IsStarted { get; private set; }

    /// <summary>True once <see cref="StopAsync"/> was called.</summary>
    public bool IsStopped => Volatile.Read(ref _stopped) != 0;

    /// <summary>Starts the session (POST /v1/streaming.start); <see cref="StreamingClient.OpenSessionAsync"/> does it by default.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _client.StartStreamingSessionAsync(IdRequest(), cancellationToken).ConfigureAwait(false);
        IsStarted = true;
    }

    /// <summary>The avatar answers <paramref name="text"/> conversationally (task type <c>talk</c>).</summary>
    public Task<V1StreamingTask> TalkAsync(string text, V1StreamingTaskRequestTaskMode? mode = null, CancellationToken cancellationToken = default) =>
        SendTaskAsync(text, V1StreamingTaskRequestTaskType.Talk, mode, cancellationToken);

    /// <summary>The avatar says <paramref name="text"/> word for word (task type <c>repeat</c>): what replacing an alert needs.</summary>
    public Task<V1StreamingTask> RepeatAsync(string text, V1StreamingTaskRequestTaskMode? mode = null, CancellationToken cancellationToken = default) =>
        SendTaskAsync(text, V1StreamingTaskRequestTaskType.Repeat, mode, cancellationToken);

    /// <summary>Sends a task (POST /v1/streaming.task): <c>sync</c> answers when speaking ends, <c>async</c> at once.</summary>
    /// <exception cref="ArgumentException">The text is empty.</exception>
    public Task<V1StreamingTask> SendTaskAsync(string text, V1StreamingTaskRequestTaskType taskType, V1StreamingTaskRequestTaskMode? mode = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(text))
        {
            throw new ArgumentException("The avatar needs some text to speak.", nameof(text));
        }

        var request = new V1StreamingTaskRequest { SessionId = SessionId, Text = text, TaskType = taskType };
        if (mode is { } taskMode)
        {
            request.TaskMode = taskMode;
        }

        return _client.SendStreamingTaskAsync(request, cancellationToken);
    }

    /// <summary>Cuts the avatar's current speech short (POST /v1/streaming.interrupt); the session stays open.</summary>
    public Task InterruptAsync(CancellationToken cancellationToken = default) =>
        _client.InterruptStreamingSessionAsync(IdRequest(), cancellationToken);

    /// <summary>Ends the session (POST /v1/streaming.stop). Calling it again does nothing.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        try
        {
            await _client.StopStreamingSessionAsync(IdRequest(), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Volatile.Write(ref _stopped, 0); // Not stopped after all: let the caller (or Dispose) try again.
            throw;
        }
    }

    /// <summary>Stops the session if it still runs. A failure is ignored: HeyGen also ends sessions after inactivity.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync().ConfigureAwait(false);
        }
        catch (HeyGenApiException)
        {
            // Already gone on the server, or unreachable: nothing more a dispose can do.
        }
    }

    /// <inheritdoc />
    public override string ToString() => SessionId + (IsStopped ? " (stopped)" : IsStarted ? " (started)" : " (new)");

    private V1StreamingSessionIdRequest IdRequest() => new() { SessionId = Guard.NotNull(SessionId, nameof(SessionId)) };
}
