namespace HeyGen.Emulator.State;

/// <summary>A v1 streaming session: <c>new</c> until started, then <c>connected</c>, <c>closed</c> after stop/close or inactivity.</summary>
internal sealed class StreamingSessionRecord
{
    public required string Id { get; init; }

    public required string AvatarId { get; init; }

    public required string VoiceId { get; init; }

    public string? Quality { get; init; }

    public string? VideoEncoding { get; init; }

    public required string AccessToken { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; set; }

    public required DateTimeOffset LastActivityAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Texts of the session's tasks, in the order they arrived.</summary>
    public List<string> Texts { get; } = [];

    public int Interruptions { get; set; }

    public bool Open => ClosedAt is null;

    public string Status => ClosedAt is not null ? "closed" : StartedAt is not null ? "connected" : "new";
}

internal sealed class StreamingStore
{
    private readonly List<StreamingSessionRecord> _sessions = [];
    private readonly Dictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);

    /// <summary>Session tokens from <c>streaming.create_token</c> are short-lived.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);

    public IReadOnlyList<StreamingSessionRecord> All => _sessions;

    public StreamingSessionRecord? Find(string id) => _sessions.Find(s => s.Id == id);

    public void Add(StreamingSessionRecord session) => _sessions.Add(session);

    public IEnumerable<StreamingSessionRecord> OpenSessions => _sessions.Where(s => s.Open);

    public string IssueToken(DateTimeOffset now)
    {
        // Shaped like the JWT HeyGen returns, so clients that peek at it see three dot-separated parts.
        var token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + Infrastructure.Ids.Hex(32) + "." + Infrastructure.Ids.Hex(43);
        _tokens[token] = now + TokenLifetime;
        return token;
    }

    public bool IsValidToken(string token, DateTimeOffset now) => _tokens.TryGetValue(token, out var expires) && now < expires;

    public void Clear()
    {
        _sessions.Clear();
        _tokens.Clear();
    }
}
