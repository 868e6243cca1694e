namespace HeyGen.Emulator.State;

/// <summary>Video batches and their Idempotency-Key index.</summary>
internal sealed class BatchStore
{
    private readonly Dictionary<string, BatchRecord> _batches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BatchRecord> _byIdempotencyKey = new(StringComparer.Ordinal);
    private readonly List<BatchRecord> _ordered = [];
    private long _sequence;

    public IReadOnlyList<BatchRecord> All => _ordered;

    public BatchRecord? Find(string id) => _batches.GetValueOrDefault(id);

    public BatchRecord? FindByIdempotencyKey(string key) => _byIdempotencyKey.GetValueOrDefault(key);

    public BatchRecord Add(IReadOnlyList<BatchItem> items, string? title, Uri? callbackUrl, string? idempotencyKey, string bodyHash, DateTimeOffset at)
    {
        var batch = new BatchRecord
        {
            Id = "b_" + Infrastructure.Ids.Hex(16),
            Sequence = ++_sequence,
            Title = title,
            CallbackUrl = callbackUrl,
            CreatedAt = at,
            Items = items,
            IdempotencyKey = idempotencyKey,
            BodyHash = bodyHash,
        };
        _batches.Add(batch.Id, batch);
        _ordered.Add(batch);
        if (idempotencyKey is not null)
        {
            _byIdempotencyKey[idempotencyKey] = batch;
        }

        return batch;
    }

    /// <summary>Queued items across batches in submission order: the next ones to get a job slot.</summary>
    public IEnumerable<(BatchRecord Batch, BatchItem Item)> Queued()
    {
        foreach (var batch in _ordered)
        {
            foreach (var item in batch.Items)
            {
                if (item.Draft is not null && item.VideoId is null)
                {
                    yield return (batch, item);
                }
            }
        }
    }

    public void Clear()
    {
        _batches.Clear();
        _byIdempotencyKey.Clear();
        _ordered.Clear();
    }
}
