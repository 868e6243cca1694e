using Microsoft.Extensions.Logging;

namespace HeyGen.Emulator.Infrastructure;

/// <summary>The emulator's log lines (source-generated, so disabled levels cost nothing).</summary>
internal static partial class EmulatorLog
{
    [LoggerMessage(1, LogLevel.Information, "{Method} {Path} ({OperationId}) -> {Status} in {ElapsedMs} ms")]
    public static partial void Request(ILogger logger, string method, string? path, string operationId, string status, long elapsedMs);

    [LoggerMessage(2, LogLevel.Error, "Unhandled emulator error for {Method} {Path}")]
    public static partial void Unhandled(ILogger logger, Exception exception, string method, string? path);

    [LoggerMessage(3, LogLevel.Information, "Webhook {EventType} to {Url} failed: {Error}")]
    public static partial void WebhookFailed(ILogger logger, string eventType, Uri url, string error);
}
