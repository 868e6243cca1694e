namespace HeyGen.Emulator.State;

/// <summary>All videos of the account, in creation order.</summary>
internal sealed class VideoStore
{
    private readonly Dictionary<string, VideoRecord> _videos = new(StringComparer.Ordinal);
    private readonly List<VideoRecord> _ordered = [];
    private long _sequence;

    public IReadOnlyList<VideoRecord> All => _ordered;

    public VideoRecord Add(VideoDraft draft, DateTimeOffset at, TimeSpan queueTime, TimeSpan processingTime, string? batchId = null, int? itemIndex = null)
    {
        var video = new VideoRecord
        {
            Id = Infrastructure.Ids.Hex(),
            Sequence = ++_sequence,
            Draft = draft,
            CreatedAt = at,
            ProcessingAt = at + queueTime,
            CompletesAt = at + queueTime + processingTime,
            BatchId = batchId,
            ItemIndex = itemIndex,
        };
        _videos.Add(video.Id, video);
        _ordered.Add(video);
        return video;
    }

    /// <summary>A video that exists and was not deleted.</summary>
    public VideoRecord? Find(string id) => _videos.TryGetValue(id, out var video) && !video.Deleted ? video : null;

    /// <summary>Any video ever created with this id, deleted or not (media and batch items need them).</summary>
    public VideoRecord? FindAny(string id) => _videos.GetValueOrDefault(id);

    public int RunningCount => _ordered.Count(v => v.Running);

    /// <summary>The running video that completes first: it frees the next job slot.</summary>
    public VideoRecord? EarliestRunning()
    {
        VideoRecord? earliest = null;
        foreach (var video in _ordered)
        {
            if (video.Running && (earliest is null || video.CompletesAt < earliest.CompletesAt))
            {
                earliest = video;
            }
        }

        return earliest;
    }

    public void Clear()
    {
        _videos.Clear();
        _ordered.Clear();
    }
}
