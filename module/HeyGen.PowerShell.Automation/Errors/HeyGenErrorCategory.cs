namespace HeyGen.Automation;

/// <summary>
/// The subset of PowerShell's <c>System.Management.Automation.ErrorCategory</c> that HeyGen errors map to. The
/// names are identical (the cmdlet layer converts by name, and a test checks every name exists in PowerShell's
/// enum), so this layer needs no PowerShell reference.
/// </summary>
public enum HeyGenErrorCategory
{
    NotSpecified,
    AuthenticationError,
    PermissionDenied,
    ObjectNotFound,
    InvalidArgument,
    InvalidData,
    InvalidResult,
    InvalidOperation,
    LimitsExceeded,
    ConnectionError,
    OperationTimeout,
    OperationStopped,
    ResourceExists,
    ResourceBusy,
    ResourceUnavailable,
    ReadError,
    WriteError,
    SecurityError,
}
