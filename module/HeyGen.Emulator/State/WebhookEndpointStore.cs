namespace HeyGen.Emulator.State;

/// <summary>A registered webhook endpoint (v1 and v3 registrations share one list, as they share one account).</summary>
internal sealed class WebhookEndpointRecord
{
    public required string Id { get; init; }

    public required long Sequence { get; init; }

    public required Uri Url { get; init; }

    /// <summary>Subscribed event types; null or empty means all.</summary>
    public IReadOnlyList<string>? Events { get; init; }

    public required string Secret { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string? EntityId { get; init; }

    public bool Enabled { get; set; } = true;

    public bool Subscribes(string eventType, bool onlyExplicit) =>
        Enabled && (Events is null || Events.Count == 0 ? !onlyExplicit : Events.Contains(eventType, StringComparer.Ordinal));
}

internal sealed class WebhookEndpointStore
{
    private readonly List<WebhookEndpointRecord> _endpoints = [];
    private long _sequence;

    public IReadOnlyList<WebhookEndpointRecord> All => _endpoints;

    public WebhookEndpointRecord Add(Uri url, IReadOnlyList<string>? events, string idPrefix, string? entityId, DateTimeOffset at)
    {
        var endpoint = new WebhookEndpointRecord
        {
            Id = idPrefix + Infrastructure.Ids.Hex(idPrefix.Length == 0 ? 32 : 16),
            Sequence = ++_sequence,
            Url = url,
            Events = events,
            Secret = "whsec_" + Infrastructure.Ids.Hex(32),
            CreatedAt = at,
            EntityId = entityId,
        };
        _endpoints.Add(endpoint);
        return endpoint;
    }

    public WebhookEndpointRecord? Find(string id) => _endpoints.Find(e => e.Id == id);

    public bool Remove(string id) => _endpoints.RemoveAll(e => e.Id == id) > 0;

    public void Clear() => _endpoints.Clear();
}
