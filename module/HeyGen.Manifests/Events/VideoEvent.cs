namespace HeyGen.Manifests.Events;

/// <summary>
/// A notification that a video reached a terminal state (a HeyGen <c>avatar_video.success</c> or
/// <c>avatar_video.fail</c> webhook, or anything else that knows). The renderer treats it as a hint: it confirms the
/// video's status with HeyGen before recording anything, so a stale, duplicated or forged event cannot change the state.
/// </summary>
public sealed class VideoEvent
{
    private VideoEvent(string videoId, bool succeeded, string? failureMessage, string? callbackId)
    {
        if (string.IsNullOrEmpty(videoId))
        {
            throw new ArgumentException("A video event needs the video's id.", nameof(videoId));
        }

        VideoId = videoId;
        Succeeded = succeeded;
        FailureMessage = failureMessage;
        CallbackId = callbackId;
    }

    /// <summary>The video the event is about.</summary>
    public string VideoId { get; }

    /// <summary>True for a finished render, false for a failed one.</summary>
    public bool Succeeded { get; }

    /// <summary>Why the render failed, as the event says (null for a success).</summary>
    public string? FailureMessage { get; }

    /// <summary>
    /// The <c>callback_id</c> the video was created with, when the event carries it. The renderer creates videos with
    /// a callback id derived from the render key, which ties an event to a scene whose video id it has not learned yet
    /// (an item of a batch create).
    /// </summary>
    public string? CallbackId { get; }

    /// <summary>A video finished rendering.</summary>
    public static VideoEvent Success(string videoId, string? callbackId = null) => new(videoId, true, null, callbackId);

    /// <summary>A video failed to render.</summary>
    public static VideoEvent Failure(string videoId, string? message, string? callbackId = null) => new(videoId, false, message, callbackId);

    /// <inheritdoc />
    public override string ToString() => VideoId + (Succeeded ? " succeeded" : " failed" + (FailureMessage is null ? string.Empty : ": " + FailureMessage));
}
