namespace HeyGen.Manifests.Events;

/// <summary>
/// Where a renderer learns, without polling, that videos finished (<see cref="Rendering.RenderOptions.VideoEvents"/>).
/// The shape is a channel reader's: waiting never consumes an event, so a cancelled wait loses nothing.
/// <see cref="VideoEventChannel"/> is the ready-made implementation; <see cref="WebhookVideoEventFeed"/> fills one
/// from a webhook receiver.
/// </summary>
public interface IVideoEventSource
{
    /// <summary>
    /// Completes with <c>true</c> when an event can be read, or <c>false</c> when the source has ended and no event
    /// will ever come (the renderer then goes back to polling at its normal pace).
    /// </summary>
    /// <exception cref="OperationCanceledException">The wait was cancelled; no event was consumed.</exception>
    Task<bool> WaitToReadAsync(CancellationToken cancellationToken);

    /// <summary>Takes the next event, or returns null when none is waiting.</summary>
    VideoEvent? TryRead();
}
