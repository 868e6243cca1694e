namespace HeyGen;

/// <summary>A render ended in <c>failed</c> (or the server does not know the video).</summary>
public sealed class HeyGenVideoFailedException : Exception
{
    public HeyGenVideoFailedException(string videoId, string? failureCode, string? failureMessage, VideoDetail? video = null)
        : base("Video " + videoId + " failed" + (failureCode is null ? string.Empty : " [" + failureCode + "]") + ": " + (failureMessage ?? "no reason given") + ".")
    {
        VideoId = videoId;
        FailureCode = failureCode;
        FailureMessage = failureMessage;
        Video = video;
    }

    public string VideoId { get; }

    public string? FailureCode { get; }

    public string? FailureMessage { get; }

    /// <summary>The video as last seen, when the server still knows it.</summary>
    public VideoDetail? Video { get; }
}
