namespace HeyGen;

/// <summary>A webhook delivery that must be rejected: unsigned, wrongly signed, or not a HeyGen event.</summary>
public sealed class HeyGenWebhookException : Exception
{
    public HeyGenWebhookException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
