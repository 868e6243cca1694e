namespace HeyGen;

/// <summary>The outcome for one video of a many-video wait.</summary>
public sealed class VideoWaitResult
{
    public VideoWaitResult(string videoId, VideoDetail? video, string? failureCode, string? failureMessage)
    {
        VideoId = videoId;
        Video = video;
        FailureCode = failureCode;
        FailureMessage = failureMessage;
    }

    public string VideoId { get; }

    /// <summary>The finished video (with fresh download URLs), or null when the server does not know the id.</summary>
    public VideoDetail? Video { get; }

    public bool Succeeded => Video is not null && Video.Status == VideoStatus.Completed;

    public string? FailureCode { get; }

    public string? FailureMessage { get; }
}
