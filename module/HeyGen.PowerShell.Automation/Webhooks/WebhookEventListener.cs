using System.Globalization;

namespace HeyGen.Automation;

/// <summary>What Wait-HeyGenWebhookEvent listens for.</summary>
public sealed class WebhookListenSpec
{
    public int Port { get; init; }

    public string Secret { get; init; } = string.Empty;

    /// <summary>The URL path deliveries are posted to.</summary>
    public string Path { get; init; } = "/heygen/webhook/";

    /// <summary>localhost, or + for every interface.</summary>
    public string Host { get; init; } = "localhost";

    /// <summary>Stop after this many matching events; null listens until cancelled or <see cref="Timeout"/>.</summary>
    public int? Count { get; init; }

    /// <summary>Stop listening after this long.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Only these event types (wildcards allowed); others are acknowledged and dropped.</summary>
    public IReadOnlyList<string> EventTypes { get; init; } = Array.Empty<string>();

    /// <summary>Called with the receiver's URL once it listens (where to register the endpoint; tests post there).</summary>
    public Action<Uri>? OnListening { get; init; }
}

/// <summary>
/// Wait-HeyGenWebhookEvent's receiver: listens with the client's <see cref="HeyGenWebhookReceiver"/>, emits each
/// verified event as a <see cref="HeyGenWebhookEvent"/>, warns about refused (unsigned or tampered) deliveries, and
/// stops at the count, the timeout or cancellation.
/// </summary>
public static class WebhookEventListener
{
    public const int ActivityId = 20;

    public const string Activity = "Waiting for HeyGen webhook events";

    /// <summary>Listens until done; returns how many events were emitted.</summary>
    /// <exception cref="TimeoutException">-Count events did not arrive within the timeout.</exception>
    public static async Task<int> ListenAsync(WebhookListenSpec spec, OperationChannel channel, CancellationToken cancellationToken)
    {
        if (spec is null || channel is null)
        {
            throw new ArgumentNullException(spec is null ? nameof(spec) : nameof(channel));
        }

        if (string.IsNullOrEmpty(spec.Secret))
        {
            throw new ArgumentException("No webhook signing secret.", "Secret");
        }

        var filter = spec.EventTypes.Count == 0 ? null : spec.EventTypes.Select(t => new Wildcard(t)).ToList();
        using var timeout = spec.Timeout is { } limit ? new CancellationTokenSource(limit) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        await using var receiver = new HeyGenWebhookReceiver(new HeyGenWebhookReceiverOptions { Port = spec.Port, Secret = spec.Secret, Path = spec.Path, Host = spec.Host });
        receiver.Rejected += (_, rejection) => channel.Warning("Refused a webhook delivery: " + rejection);
        receiver.Start();
        channel.Verbose("Listening for HeyGen webhook deliveries on " + receiver.Url + ".");
        spec.OnListening?.Invoke(receiver.Url);

        var started = DateTimeOffset.UtcNow;
        var received = 0;
        void Report() => channel.Report(new OperationProgress(ActivityId, Activity, Status(receiver.Url, received, spec.Count, DateTimeOffset.UtcNow - started))
        {
            PercentComplete = spec.Count is int count ? Math.Min(100, received * 100 / Math.Max(1, count)) : -1,
        });

        try
        {
            Report();
            await foreach (var item in receiver.ReadEventsAsync(linked.Token).ConfigureAwait(false))
            {
                if (filter is not null && !Wildcard.MatchesAny(filter, item.EventType))
                {
                    channel.Verbose("Ignored a " + item.EventType + " event (not in -EventType).");
                    continue;
                }

                channel.Output(HeyGenWebhookEvent.From(item, DateTimeOffset.UtcNow));
                received++;
                Report();
                if (spec.Count is int count && received >= count)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            if (spec.Count is int count && received < count)
            {
                throw new TimeoutException("Received " + received.ToString(CultureInfo.InvariantCulture) + " of " + count.ToString(CultureInfo.InvariantCulture)
                    + " webhook events within " + WaitProgressFormatter.Duration(spec.Timeout!.Value) + ".");
            }
        }
        finally
        {
            channel.Report(new OperationProgress(ActivityId, Activity, "Done") { Completed = true });
        }

        return received;
    }

    private static string Status(Uri url, int received, int? count, TimeSpan elapsed) =>
        received.ToString(CultureInfo.InvariantCulture) + (count is int c ? " of " + c.ToString(CultureInfo.InvariantCulture) : string.Empty)
        + (received == 1 && count is null ? " event" : " events") + " received on " + url + ", " + WaitProgressFormatter.Duration(elapsed);
}
