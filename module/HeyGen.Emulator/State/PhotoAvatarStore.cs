namespace HeyGen.Emulator.State;

/// <summary>A photo or look generation: <c>in_progress</c> until <see cref="DoneAt"/>, then <c>success</c> with its image keys.</summary>
internal sealed class PhotoGeneration
{
    public const int ImagesPerGeneration = 4;

    public required string Id { get; init; }

    /// <summary>Set for look generations: the looks join this group when the generation succeeds.</summary>
    public string? GroupId { get; init; }

    public required string Name { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset DoneAt { get; init; }

    /// <summary>
    /// A generation whose name (for look generations: the group's name) contains the failure marker ends <c>failed</c>
    /// with no images, so the failure path of a photo-avatar flow can be tested.
    /// </summary>
    public bool Fails => Name.Contains(VideoRules.FailureMarker, StringComparison.OrdinalIgnoreCase);

    /// <summary>The generation's results were registered (keys usable, looks added).</summary>
    public bool Applied { get; set; }

    public IReadOnlyList<string> ImageNames => Enumerable.Range(0, ImagesPerGeneration).Select(i => Id + "_" + i.ToString(CultureInfo.InvariantCulture)).ToList();

    public IReadOnlyList<string> ImageKeys => ImageNames.Select(n => "image/" + n + "/original").ToList();
}

/// <summary>A look of a photo avatar group (usable as <c>talking_photo_id</c> and as a v3 <c>avatar_id</c>).</summary>
internal sealed record PhotoLook(string Id, string GroupId, string Name, string ImageKey, bool Generated, DateTimeOffset CreatedAt);

/// <summary>A photo avatar group and its training job.</summary>
internal sealed class PhotoGroup
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public List<PhotoLook> Looks { get; } = [];

    public DateTimeOffset? TrainRequestedAt { get; set; }

    public DateTimeOffset? TrainingAt { get; set; }

    public DateTimeOffset? ReadyAt { get; set; }

    /// <summary>pending (never trained, or queued for a second), training, ready.</summary>
    public V2TrainStatus TrainStatusAt(DateTimeOffset now) =>
        TrainingAt is null || now < TrainingAt ? V2TrainStatus.Pending :
        now < ReadyAt ? V2TrainStatus.Training : V2TrainStatus.Ready;
}

internal sealed class PhotoAvatarStore
{
    private readonly Dictionary<string, PhotoGeneration> _generations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _generatedKeys = new(StringComparer.Ordinal);
    private readonly List<PhotoGroup> _groups = [];

    public IReadOnlyList<PhotoGroup> Groups => _groups;

    public PhotoGeneration? FindGeneration(string id) => _generations.GetValueOrDefault(id);

    public PhotoGroup? FindGroup(string id) => _groups.Find(g => g.Id == id);

    public PhotoLook? FindLook(string id) => _groups.SelectMany(g => g.Looks).FirstOrDefault(l => l.Id == id);

    /// <summary>Whether an image key came from a (finished) generation; upload keys are resolved by the asset store.</summary>
    public bool IsGeneratedKey(string key) => _generatedKeys.ContainsKey(key);

    public PhotoGeneration AddGeneration(string name, string? groupId, DateTimeOffset now, TimeSpan duration)
    {
        var generation = new PhotoGeneration { Id = Infrastructure.Ids.Hex(), GroupId = groupId, Name = name, CreatedAt = now, DoneAt = now + duration };
        _generations.Add(generation.Id, generation);
        return generation;
    }

    public PhotoGroup AddGroup(string name, DateTimeOffset now)
    {
        var group = new PhotoGroup { Id = Infrastructure.Ids.Hex(), Name = name, CreatedAt = now };
        _groups.Add(group);
        return group;
    }

    public PhotoLook AddLook(PhotoGroup group, string name, string imageKey, DateTimeOffset now)
    {
        var look = new PhotoLook(Infrastructure.Ids.Hex(), group.Id, name, imageKey, _generatedKeys.ContainsKey(imageKey), now);
        group.Looks.Add(look);
        return look;
    }

    /// <summary>Finishes due generations: their keys become usable and look generations add their looks to the group.</summary>
    public void Advance(DateTimeOffset now)
    {
        foreach (var generation in _generations.Values.Where(g => !g.Applied && g.DoneAt <= now).OrderBy(g => g.DoneAt))
        {
            generation.Applied = true;
            if (generation.Fails)
            {
                continue;
            }

            foreach (var key in generation.ImageKeys)
            {
                _generatedKeys[key] = true;
            }

            if (generation.GroupId is not null && FindGroup(generation.GroupId) is { } group)
            {
                foreach (var key in generation.ImageKeys)
                {
                    AddLook(group, generation.Name, key, generation.DoneAt);
                }
            }
        }
    }

    public DateTimeOffset? NextDue() =>
        _generations.Values.Where(g => !g.Applied).Select(g => (DateTimeOffset?)g.DoneAt).Min();

    public void Clear()
    {
        _generations.Clear();
        _generatedKeys.Clear();
        _groups.Clear();
    }
}
