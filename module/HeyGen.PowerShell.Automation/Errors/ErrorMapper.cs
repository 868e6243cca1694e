using HeyGen.Manifests;
using HeyGen.Manifests.State;

namespace HeyGen.Automation;

/// <summary>
/// Turns an exception from the client, the manifest engine or the file system into a PowerShell-shaped error:
/// a stable id, a category, a message and a recommended action. Unknown exceptions keep their message.
/// </summary>
public static class ErrorMapper
{
    public static ErrorDescriptor Map(Exception exception, object? targetObject)
    {
        if (exception is null)
        {
            throw new ArgumentNullException(nameof(exception));
        }

        exception = Unwrap(exception);
        return exception switch
        {
            HeyGenRealtimeLimitException limit => new ErrorDescriptor(limit, "HeyGen.RealtimeSessionLimit", HeyGenErrorCategory.LimitsExceeded, limit.Message,
                "Reuse an open session (Send-HeyGenRealtimeText -Session), or Stop-HeyGenRealtimeSession one you no longer need and retry after it closes (30 s after its last text)"
                + (limit.RetryAfter is { } retry ? ", in about " + WaitProgressFormatter.Duration(retry) : string.Empty) + ".", targetObject),
            HeyGenApiException api => MapApi(api, targetObject),
            HeyGenRealtimeSessionClosedException closed => new ErrorDescriptor(closed, "HeyGen.RealtimeSessionClosed", HeyGenErrorCategory.ResourceUnavailable, closed.Message,
                "Start a new session with Start-HeyGenRealtimeSession -TextStream (add -KeepAlive to keep it open between commands).", targetObject ?? closed.StreamId),
            HeyGenPhotoAvatarException photo => new ErrorDescriptor(photo, "HeyGen.PhotoAvatarFailed", HeyGenErrorCategory.InvalidResult, photo.Message,
                "Check the reason, adjust the description or prompt, and run the step again.", targetObject ?? photo.Id),
            HeyGenWebhookException webhook => new ErrorDescriptor(webhook, "HeyGen.WebhookRejected", HeyGenErrorCategory.SecurityError, webhook.Message,
                "Check the signing secret (the Secret of Register-HeyGenWebhookEndpoint's output) and that the body is passed exactly as received.", targetObject),
            System.Net.HttpListenerException listener => new ErrorDescriptor(listener, "HeyGen.WebhookPortUnavailable", HeyGenErrorCategory.ResourceUnavailable, listener.Message,
                "Choose another -Port (0 picks a free one), or stop what listens on it.", targetObject),
            HeyGenVideoFailedException failed => new ErrorDescriptor(failed, "HeyGen.VideoFailed", HeyGenErrorCategory.InvalidResult, failed.Message,
                "Check the failure code, fix the request (script, voice, avatar) and create the video again.", targetObject ?? failed.VideoId),
            HeyGenDownloadException download => new ErrorDescriptor(download, "HeyGen.DownloadFailed", HeyGenErrorCategory.ReadError, download.Message,
                "Run Save-HeyGenVideo again; every run fetches fresh download URLs.", targetObject),
            ManifestInvalidException invalid => new ErrorDescriptor(invalid, "HeyGen.ManifestInvalid", HeyGenErrorCategory.InvalidData, invalid.Message,
                "Run Test-HeyGenManifest to list every error with its file, line and column.", targetObject),
            ManifestLockedException locked => new ErrorDescriptor(locked, "HeyGen.ManifestLocked", HeyGenErrorCategory.ResourceBusy, locked.Message,
                "Wait for the other run to finish.", targetObject ?? locked.LockPath),
            CorruptStateException corrupt => new ErrorDescriptor(corrupt, "HeyGen.ManifestStateCorrupt", HeyGenErrorCategory.InvalidData, corrupt.Message,
                "Restore the state file from version control, or move it away to start over (finished videos are then rendered again).", targetObject),
            TimeoutException timeout => new ErrorDescriptor(timeout, "HeyGen.Timeout", HeyGenErrorCategory.OperationTimeout, timeout.Message,
                "Wait again with a longer -TimeoutSec; the renders go on at HeyGen.", targetObject),
            OperationCanceledException cancelled => new ErrorDescriptor(cancelled, "HeyGen.Cancelled", HeyGenErrorCategory.OperationStopped, "The operation was cancelled.", null, targetObject),
            KeyNotFoundException unknown => new ErrorDescriptor(unknown, "HeyGen.NotFound", HeyGenErrorCategory.ObjectNotFound, unknown.Message,
                "Check the id; Get-HeyGenVideo lists the account's videos.", targetObject),
            FileNotFoundException missing => new ErrorDescriptor(missing, "HeyGen.FileNotFound", HeyGenErrorCategory.ObjectNotFound, missing.Message,
                "Check the path.", targetObject ?? missing.FileName),
            DirectoryNotFoundException missingDirectory => new ErrorDescriptor(missingDirectory, "HeyGen.FileNotFound", HeyGenErrorCategory.ObjectNotFound, missingDirectory.Message,
                "Check the path.", targetObject),
            FileExistsException exists => new ErrorDescriptor(exists, "HeyGen.FileExists", HeyGenErrorCategory.ResourceExists, exists.Message,
                "Add -Force to replace the file, or choose another path.", targetObject ?? exists.Path),
            UnauthorizedAccessException denied => new ErrorDescriptor(denied, "HeyGen.AccessDenied", HeyGenErrorCategory.PermissionDenied, denied.Message,
                "Check the permissions of the file or folder.", targetObject),
            IOException io => new ErrorDescriptor(io, "HeyGen.IOError", HeyGenErrorCategory.WriteError, io.Message, null, targetObject),
            ArgumentException argument => new ErrorDescriptor(argument, "HeyGen.InvalidArgument", HeyGenErrorCategory.InvalidArgument, argument.Message,
                "Correct the parameter" + (argument.ParamName is null ? string.Empty : " -" + argument.ParamName) + " and run the command again.", targetObject),
            EmulatorStartException emulator => new ErrorDescriptor(emulator, "HeyGen.EmulatorStartFailed", HeyGenErrorCategory.ResourceUnavailable, emulator.Message,
                emulator.RecommendedAction, targetObject),
            InvalidOperationException invalidOperation => new ErrorDescriptor(invalidOperation, "HeyGen.InvalidOperation", HeyGenErrorCategory.InvalidOperation, invalidOperation.Message, null, targetObject),
            _ => new ErrorDescriptor(exception, "HeyGen.Unexpected", HeyGenErrorCategory.NotSpecified, exception.Message, null, targetObject),
        };
    }

    private static ErrorDescriptor MapApi(HeyGenApiException api, object? target)
    {
        var (id, category, action) = api.Kind switch
        {
            HeyGenErrorKind.Configuration => ("HeyGen.NotConnected", HeyGenErrorCategory.AuthenticationError,
                "Run Connect-HeyGen -ApiKey (Read-Host -AsSecureString 'HeyGen API key'), set HEYGEN_API_KEY, or Start-HeyGenEmulator."),
            HeyGenErrorKind.Transport => ("HeyGen.ConnectionFailed", HeyGenErrorCategory.ConnectionError,
                "Check the network and the base URL (Connect-HeyGen -BaseUrl); transient failures were already retried."),
            HeyGenErrorKind.Timeout => ("HeyGen.RequestTimeout", HeyGenErrorCategory.OperationTimeout,
                "Run the command again; HeyGen did not answer in time."),
            HeyGenErrorKind.InvalidResponse => ("HeyGen.InvalidResponse", HeyGenErrorCategory.InvalidResult,
                "Check the base URL points at the HeyGen API (or the emulator)."),
            _ => MapStatus(api.StatusCode),
        };
        return new ErrorDescriptor(api, id, category, api.Message, action, target);
    }

    private static (string Id, HeyGenErrorCategory Category, string? Action) MapStatus(int? status) => status switch
    {
        401 => ("HeyGen.Unauthorized", HeyGenErrorCategory.AuthenticationError, "Check the API key: Connect-HeyGen -ApiKey (Read-Host -AsSecureString 'HeyGen API key')."),
        402 => ("HeyGen.PaymentRequired", HeyGenErrorCategory.LimitsExceeded, "Add credits to the HeyGen account (Get-HeyGenUser shows the balance)."),
        403 => ("HeyGen.Forbidden", HeyGenErrorCategory.PermissionDenied, "The API key may not use this resource or feature."),
        404 => ("HeyGen.NotFound", HeyGenErrorCategory.ObjectNotFound, "Check the id; Get-HeyGenVideo, Get-HeyGenAvatar and Get-HeyGenVoice list what exists."),
        409 => ("HeyGen.Conflict", HeyGenErrorCategory.ResourceExists, null),
        429 => ("HeyGen.RateLimited", HeyGenErrorCategory.LimitsExceeded, "Wait and try again: HeyGen limits requests and concurrent renders per account."),
        >= 500 => ("HeyGen.ServerError", HeyGenErrorCategory.ResourceUnavailable, "HeyGen had a problem; the request was retried. Try again later."),
        >= 400 => ("HeyGen.InvalidRequest", HeyGenErrorCategory.InvalidArgument, "Correct the parameter the message names and run the command again."),
        _ => ("HeyGen.ApiError", HeyGenErrorCategory.NotSpecified, null),
    };

    private static Exception Unwrap(Exception exception)
    {
        while (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            exception = aggregate.InnerExceptions[0];
        }

        return exception;
    }
}
