namespace HeyGen.Automation;

/// <summary>Everything an ErrorRecord needs, decided below the cmdlet layer (see <see cref="ErrorMapper"/>).</summary>
public sealed class ErrorDescriptor
{
    public ErrorDescriptor(Exception exception, string errorId, HeyGenErrorCategory category, string message, string? recommendedAction, object? targetObject)
    {
        Exception = exception;
        ErrorId = errorId;
        Category = category;
        Message = message;
        RecommendedAction = recommendedAction;
        TargetObject = targetObject;
    }

    /// <summary>The original exception (kept for <c>$Error[0].Exception</c>).</summary>
    public Exception Exception { get; }

    /// <summary>A stable id such as <c>HeyGen.NotFound</c>; PowerShell appends the command name.</summary>
    public string ErrorId { get; }

    public HeyGenErrorCategory Category { get; }

    /// <summary>The message shown to the user; never contains the API key.</summary>
    public string Message { get; }

    /// <summary>What to do about it, in one sentence.</summary>
    public string? RecommendedAction { get; }

    /// <summary>The video id, file or manifest the error is about.</summary>
    public object? TargetObject { get; }

    public override string ToString() => ErrorId + " (" + Category + "): " + Message;
}
