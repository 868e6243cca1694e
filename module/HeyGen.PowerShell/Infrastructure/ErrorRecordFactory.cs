using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell;

/// <summary>Copies an <see cref="ErrorDescriptor"/> (decided below this layer) into PowerShell's ErrorRecord.</summary>
internal static class ErrorRecordFactory
{
    public static ErrorRecord Create(ErrorDescriptor descriptor)
    {
        // The category names are PowerShell's own (a test checks every one exists in ErrorCategory).
        var category = (ErrorCategory)Enum.Parse(typeof(ErrorCategory), descriptor.Category.ToString());
        return new ErrorRecord(descriptor.Exception, descriptor.ErrorId, category, descriptor.TargetObject)
        {
            ErrorDetails = new ErrorDetails(descriptor.Message) { RecommendedAction = descriptor.RecommendedAction ?? string.Empty },
        };
    }
}
