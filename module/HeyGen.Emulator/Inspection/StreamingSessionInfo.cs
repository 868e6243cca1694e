using HeyGen.Emulator.State;

namespace HeyGen.Emulator.Inspection;

/// <summary>A snapshot of a v1 streaming session, for assertions.</summary>
/// <param name="SessionId">The session's id.</param>
/// <param name="Status">new, connected or closed.</param>
/// <param name="AvatarId">The avatar the session streams.</param>
/// <param name="Texts">Texts of the session's tasks, in the order they arrived.</param>
/// <param name="Interruptions">How many times the session was interrupted.</param>
/// <param name="CreatedAt">When the session was created.</param>
/// <param name="ClosedAt">When it was stopped, closed or timed out; null while open.</param>
public sealed record StreamingSessionInfo(
    string SessionId,
    string Status,
    string AvatarId,
    IReadOnlyList<string> Texts,
    int Interruptions,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt)
{
    internal static StreamingSessionInfo From(StreamingSessionRecord session) => new(
        session.Id, session.Status, session.AvatarId, session.Texts.ToArray(), session.Interruptions, session.CreatedAt, session.ClosedAt);
}
