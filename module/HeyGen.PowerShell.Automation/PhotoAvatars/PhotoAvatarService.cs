using System.Collections.Concurrent;

namespace HeyGen.Automation;

/// <summary>
/// What the photo avatar cmdlets do, one step each, over the client's photo avatar helpers: generate photos, wait,
/// create a group, add looks, train, wait, generate looks. What a step learns (the name, orientation, pose and style
/// of the photos; the looks of a group) is remembered in <see cref="PhotoAvatarMemory"/>, so objects passed down the
/// pipeline carry it even where the API does not return it.
/// </summary>
public sealed class PhotoAvatarService
{
    public const int WaitActivityId = 30;

    public const string WaitActivity = "Waiting for HeyGen photo avatars";

    private readonly HeyGenClient _client;
    private readonly PhotoAvatarMemory _memory;

    public PhotoAvatarService(HeyGenClient client, PhotoAvatarMemory memory)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _memory = memory ?? throw new ArgumentNullException(nameof(memory));
    }

    /// <summary>Poll interval and per-wait timeout (tests shorten them).</summary>
    public PhotoAvatarWaitOptions WaitOptions { get; set; } = new();

    /// <summary>POST /v2/photo_avatar/photo/generate (spends credits).</summary>
    /// <exception cref="ArgumentException">A value HeyGen does not accept.</exception>
    public async Task<HeyGenPhotoAvatarGeneration> GeneratePhotosAsync(PhotoAvatarPhotoSpec spec, CancellationToken cancellationToken)
    {
        if (spec is null)
        {
            throw new ArgumentNullException(nameof(spec));
        }

        var request = new V2GeneratePhotoAvatarPhotosRequest
        {
            Name = Required(spec.Name, "Name"),
            Age = StreamingService.Known(V2GeneratePhotoAvatarPhotosRequestAge.KnownValues, v => v.Value, spec.Age, "Age"),
            Gender = StreamingService.Known(V2GeneratePhotoAvatarPhotosRequestGender.KnownValues, v => v.Value, spec.Gender, "Gender"),
            Ethnicity = Required(spec.Ethnicity, "Ethnicity"),
            Orientation = Orientation(spec.Orientation),
            Pose = Pose(spec.Pose),
            Style = Style(spec.Style),
            Appearance = Required(spec.Appearance, "Appearance"),
        };
        var started = await _client.PhotoAvatars.GeneratePhotoAvatarPhotosAsync(request, cancellationToken).ConfigureAwait(false);
        var traits = new PhotoAvatarMemory.Traits("photos", request.Name, null, request.Orientation.Value, request.Pose.Value, request.Style.Value);
        _memory.Remember(started.GenerationId, traits);
        return Generation(started.GenerationId, "in_progress", traits, null);
    }

    /// <summary>Waits for a generation (when <paramref name="generationId"/> is given) or a group's training, with a progress bar.</summary>
    /// <exception cref="HeyGenPhotoAvatarException">The generation or training failed.</exception>
    /// <exception cref="TimeoutException">It did not finish in time.</exception>
    public async Task<object> WaitAsync(string? generationId, string? groupId, TimeSpan? timeout, OperationChannel channel, CancellationToken cancellationToken)
    {
        if (channel is null)
        {
            throw new ArgumentNullException(nameof(channel));
        }

        var options = new PhotoAvatarWaitOptions { PollInterval = WaitOptions.PollInterval, Timeout = timeout ?? WaitOptions.Timeout, TimeProvider = WaitOptions.TimeProvider };
        var progress = new ProgressAdapter<PhotoAvatarProgress>(p => channel.Report(ToProgress(p)));
        try
        {
            if (!string.IsNullOrEmpty(generationId))
            {
                var traits = _memory.Find(generationId!);
                var stage = traits?.Kind == "looks" ? PhotoAvatarStage.GeneratingLooks : PhotoAvatarStage.GeneratingPhotos;
                var done = await _client.PhotoAvatars.WaitForGenerationAsync(generationId!, stage, options, progress, cancellationToken).ConfigureAwait(false);
                return Generation(done.Id, done.Status.Value, traits, done);
            }

            if (!string.IsNullOrEmpty(groupId))
            {
                var training = await _client.PhotoAvatars.WaitForTrainingAsync(groupId!, options, progress, cancellationToken).ConfigureAwait(false);
                return Group(groupId!, training.Status.Value, training.ErrorMsg);
            }

            throw new ArgumentException("Give -GenerationId (from New-HeyGenPhotoAvatarPhoto or New-HeyGenPhotoAvatarLook) or -GroupId (from Start-HeyGenPhotoAvatarTraining).", "GenerationId");
        }
        finally
        {
            channel.Report(new OperationProgress(WaitActivityId, WaitActivity, "Done") { Completed = true });
        }
    }

    /// <summary>
    /// POST /v2/photo_avatar/avatar_group/create from the first image key. The other keys are returned as
    /// <see cref="HeyGenPhotoAvatarGroup.UnusedImageKeys"/> for Add-HeyGenPhotoAvatarLook.
    /// </summary>
    public async Task<HeyGenPhotoAvatarGroup> CreateGroupAsync(string name, IReadOnlyList<string> imageKeys, CancellationToken cancellationToken)
    {
        var keys = (imageKeys ?? throw new ArgumentNullException(nameof(imageKeys))).Where(k => !string.IsNullOrWhiteSpace(k)).ToList();
        if (keys.Count == 0)
        {
            throw new ArgumentException("A photo avatar group needs an image key: pipe in a finished photo generation (Wait-HeyGenPhotoAvatar) or give -ImageKey.", "ImageKey");
        }

        var look = await _client.PhotoAvatars.CreatePhotoAvatarGroupAsync(new V2CreatePhotoAvatarGroupRequest { Name = Required(name, "Name"), ImageKey = keys[0] }, cancellationToken).ConfigureAwait(false);
        var groupId = look.GroupId ?? throw new HeyGenApiException(HeyGenErrorKind.InvalidResponse, "The new photo avatar look " + look.Id + " names no group_id.", operationId: "createPhotoAvatarGroup");
        var source = _memory.FindByImageKey(keys[0]);
        var traits = new PhotoAvatarMemory.Traits("group", name, groupId, source?.Orientation, source?.Pose, source?.Style);
        _memory.Remember(groupId, traits);
        _memory.AddLooks(groupId, new[] { look.Id }, keys.Skip(1).ToArray());
        return Group(groupId, "created", null);
    }

    /// <summary>POST /v2/photo_avatar/avatar_group/add; with no keys the group passes through unchanged.</summary>
    public async Task<HeyGenPhotoAvatarGroup> AddLooksAsync(string groupId, IReadOnlyList<string>? imageKeys, OperationChannel channel, CancellationToken cancellationToken)
    {
        Required(groupId, "GroupId");
        var keys = (imageKeys ?? Array.Empty<string>()).Where(k => !string.IsNullOrWhiteSpace(k)).ToList();
        if (keys.Count == 0)
        {
            channel?.Verbose("No image keys to add to group " + groupId + ".");
            return Group(groupId, "created", null);
        }

        var added = await _client.PhotoAvatars.AddPhotoAvatarLooksAsync(new V2AddPhotoAvatarLooksRequest { GroupId = groupId, ImageKeys = keys }, cancellationToken).ConfigureAwait(false);
        _memory.AddLooks(groupId, added.PhotoAvatarList.Select(l => l.Id).ToArray(), Array.Empty<string>(), used: keys);
        return Group(groupId, "created", null);
    }

    /// <summary>POST /v2/photo_avatar/train (spends credits); Wait-HeyGenPhotoAvatar waits for it.</summary>
    public async Task<HeyGenPhotoAvatarGroup> TrainAsync(string groupId, CancellationToken cancellationToken)
    {
        Required(groupId, "GroupId");
        await _client.PhotoAvatars.TrainPhotoAvatarGroupAsync(new V2TrainPhotoAvatarGroupRequest { GroupId = groupId }, cancellationToken).ConfigureAwait(false);
        return Group(groupId, "pending", null);
    }

    /// <summary>
    /// POST /v2/photo_avatar/look/generate for a trained group (spends credits). Orientation, pose and style default to
    /// those of the group's photos when known here, else square, half_body and Realistic.
    /// </summary>
    public async Task<HeyGenPhotoAvatarGeneration> GenerateLooksAsync(string groupId, string prompt, string? orientation, string? pose, string? style, CancellationToken cancellationToken)
    {
        Required(groupId, "GroupId");
        var group = _memory.Find(groupId);
        var request = new V2GeneratePhotoAvatarLooksRequest
        {
            GroupId = groupId,
            Prompt = Required(prompt, "Prompt"),
            Orientation = Orientation(orientation ?? group?.Orientation ?? "square"),
            Pose = Pose(pose ?? group?.Pose ?? "half_body"),
            Style = Style(style ?? group?.Style ?? "Realistic"),
        };
        var started = await _client.PhotoAvatars.GeneratePhotoAvatarLooksAsync(request, cancellationToken).ConfigureAwait(false);
        var traits = new PhotoAvatarMemory.Traits("looks", group?.Name, groupId, request.Orientation.Value, request.Pose.Value, request.Style.Value);
        _memory.Remember(started.GenerationId, traits);
        return Generation(started.GenerationId, "in_progress", traits, null);
    }

    /// <summary>"Training group_x: training, 12s".</summary>
    public static OperationProgress ToProgress(PhotoAvatarProgress progress)
    {
        if (progress is null)
        {
            throw new ArgumentNullException(nameof(progress));
        }

        var step = progress.Stage switch
        {
            PhotoAvatarStage.GeneratingPhotos => "Generating photos",
            PhotoAvatarStage.GeneratingLooks => "Generating looks",
            PhotoAvatarStage.Training => "Training group",
            PhotoAvatarStage.CreatingGroup => "Creating group",
            PhotoAvatarStage.AddingLooks => "Adding looks",
            _ => progress.Stage.ToString(),
        };
        return new OperationProgress(WaitActivityId, WaitActivity, step + " " + progress.Id + ": " + progress.Status.Replace('_', ' ') + ", " + WaitProgressFormatter.Duration(progress.Elapsed));
    }

    private HeyGenPhotoAvatarGeneration Generation(string id, string status, PhotoAvatarMemory.Traits? traits, V2PhotoAvatarGeneration? done)
    {
        var keys = done?.ImageKeyList?.ToArray() ?? Array.Empty<string>();
        if (keys.Length > 0)
        {
            _memory.RememberImageKeys(id, keys);
        }

        return new HeyGenPhotoAvatarGeneration
        {
            GenerationId = id,
            Kind = traits?.Kind ?? "photos",
            Status = status,
            Name = traits?.Name,
            GroupId = traits?.GroupId,
            ImageKeys = keys,
            ImageUrls = done?.ImageUrlList?.ToArray() ?? Array.Empty<Uri>(),
            Orientation = traits?.Orientation,
            Pose = traits?.Pose,
            Style = traits?.Style,
        };
    }

    private HeyGenPhotoAvatarGroup Group(string groupId, string status, string? error)
    {
        var traits = _memory.Find(groupId);
        var (looks, unused) = _memory.LooksOf(groupId);
        return new HeyGenPhotoAvatarGroup
        {
            GroupId = groupId,
            Name = traits?.Name,
            Status = status,
            LookIds = looks,
            UnusedImageKeys = unused,
            Orientation = traits?.Orientation,
            Pose = traits?.Pose,
            Style = traits?.Style,
            ErrorMessage = error,
        };
    }

    private static V2PhotoAvatarOrientation Orientation(string value) => StreamingService.Known(V2PhotoAvatarOrientation.KnownValues, v => v.Value, value ?? string.Empty, "Orientation");

    private static V2PhotoAvatarPose Pose(string value) => StreamingService.Known(V2PhotoAvatarPose.KnownValues, v => v.Value, value ?? string.Empty, "Pose");

    private static V2PhotoAvatarStyle Style(string value) => StreamingService.Known(V2PhotoAvatarStyle.KnownValues, v => v.Value, value ?? string.Empty, "Style");

    private static string Required(string? value, string parameter) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("-" + parameter + " is required and cannot be empty.", parameter) : value!;
}

/// <summary>What one PowerShell session learnt about its generations and groups (the API does not echo it back).</summary>
public sealed class PhotoAvatarMemory
{
    private readonly ConcurrentDictionary<string, Traits> _traits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _keyToGeneration = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string[] Looks, string[] Unused)> _looks = new(StringComparer.Ordinal);

    internal void Remember(string id, Traits traits) => _traits[id] = traits;

    internal Traits? Find(string id) => _traits.TryGetValue(id, out var traits) ? traits : null;

    internal void RememberImageKeys(string generationId, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            _keyToGeneration[key] = generationId;
        }
    }

    internal Traits? FindByImageKey(string key) => _keyToGeneration.TryGetValue(key, out var generation) ? Find(generation) : null;

    internal void AddLooks(string groupId, string[] lookIds, string[] unused, IReadOnlyCollection<string>? used = null) =>
        _looks.AddOrUpdate(
            groupId,
            _ => (lookIds, unused),
            (_, current) => (current.Looks.Concat(lookIds).ToArray(), current.Unused.Where(k => used is null || !used.Contains(k)).Concat(unused).ToArray()));

    internal (string[] Looks, string[] Unused) LooksOf(string groupId) =>
        _looks.TryGetValue(groupId, out var looks) ? looks : (Array.Empty<string>(), Array.Empty<string>());

    internal sealed record Traits(string Kind, string? Name, string? GroupId, string? Orientation, string? Pose, string? Style);
}
