using HeyGen.Emulator.State;

namespace HeyGen.Emulator.Inspection;

/// <summary>A snapshot of a v3 realtime session as the emulator sees it, for assertions.</summary>
/// <param name="StreamId">The session's id.</param>
/// <param name="Type">tts, audio or text_stream.</param>
/// <param name="Status">starting, ready or closed (at the time of the snapshot, on the emulator's clock).</param>
/// <param name="AvatarId">The avatar look the session speaks with.</param>
/// <param name="Texts">Texts received in order: the seed text first, then every pushed delta.</param>
/// <param name="CreatedAt">When the session was created.</param>
/// <param name="ClosedAt">When it closed (idle timeout, one-hour cap), or null while open.</param>
public sealed record RealtimeSessionInfo(
    string StreamId,
    string Type,
    string Status,
    string AvatarId,
    IReadOnlyList<string> Texts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt)
{
    internal static RealtimeSessionInfo From(RealtimeSessionRecord session, DateTimeOffset now) => new(
        session.Id,
        session.Kind switch { RealtimeKind.Tts => "tts", RealtimeKind.Audio => "audio", _ => "text_stream" },
        session.StatusAt(now).Value,
        session.AvatarId,
        session.Texts.ToArray(),
        session.CreatedAt,
        session.ClosedAt);
}
