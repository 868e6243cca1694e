namespace HeyGen.Examples.AvatarAlert.Alerts;

/// <summary>What the page needs to show a spoken alert: the stream to play and the caption.</summary>
/// <param name="StreamId">The realtime session that speaks it.</param>
/// <param name="PlaybackUrl">Its HLS playlist.</param>
/// <param name="Text">The caption (exactly the text the avatar was given).</param>
/// <param name="Reused">True when an open session was reused rather than started.</param>
public sealed record SpokenAlert(string StreamId, Uri PlaybackUrl, string Text, bool Reused);
