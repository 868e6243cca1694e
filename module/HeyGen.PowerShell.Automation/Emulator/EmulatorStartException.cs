namespace HeyGen.Automation;

/// <summary>The emulator could not be started; <see cref="RecommendedAction"/> says what to install or check.</summary>
public sealed class EmulatorStartException : Exception
{
    public EmulatorStartException(string message, string recommendedAction, Exception? innerException = null)
        : base(message, innerException)
    {
        RecommendedAction = recommendedAction;
    }

    public string RecommendedAction { get; }
}
