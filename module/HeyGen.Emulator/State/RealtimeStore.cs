namespace HeyGen.Emulator.State;

internal enum RealtimeKind
{
    Tts,
    Audio,
    TextStream,
}

/// <summary>
/// A v3 realtime session: <c>starting</c> until <see cref="ReadyAt"/>, then <c>ready</c> until it closes.
/// text_stream sessions close after the idle timeout without text; tts and audio sessions close once their
/// speech is over plus the same idle timeout; every session closes at <see cref="ExpiresAt"/> (the one-hour cap).
/// </summary>
internal sealed class RealtimeSessionRecord
{
    public required string Id { get; init; }

    public required RealtimeKind Kind { get; init; }

    public required string AvatarId { get; init; }

    public string? VoiceId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ReadyAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>When the avatar runs out of things to say: the last text push (text_stream) or the end of the script/audio.</summary>
    public required DateTimeOffset IdleSince { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Texts received, in order: the seed text first, then every pushed delta.</summary>
    public List<string> Texts { get; } = [];

    public bool Open => ClosedAt is null;

    public DateTimeOffset CloseDue(TimeSpan idleTimeout) => IdleSince + idleTimeout < ExpiresAt ? IdleSince + idleTimeout : ExpiresAt;

    public AvatarRealtimeSessionStatus StatusAt(DateTimeOffset now) =>
        ClosedAt is not null ? AvatarRealtimeSessionStatus.Closed :
        now < ReadyAt ? AvatarRealtimeSessionStatus.Starting : AvatarRealtimeSessionStatus.Ready;
}

internal sealed class RealtimeStore
{
    private readonly List<RealtimeSessionRecord> _sessions = [];

    public IReadOnlyList<RealtimeSessionRecord> All => _sessions;

    public RealtimeSessionRecord? Find(string id) => _sessions.Find(s => s.Id == id);

    public void Add(RealtimeSessionRecord session) => _sessions.Add(session);

    public IEnumerable<RealtimeSessionRecord> OpenSessions => _sessions.Where(s => s.Open);

    public void Clear() => _sessions.Clear();
}
