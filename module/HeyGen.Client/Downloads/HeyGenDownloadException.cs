namespace HeyGen;

/// <summary>A download that could not be completed; no partial file is left behind.</summary>
public sealed class HeyGenDownloadException : Exception
{
    public HeyGenDownloadException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
