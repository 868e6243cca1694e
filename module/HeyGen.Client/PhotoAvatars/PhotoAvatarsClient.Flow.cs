using HeyGen.Internal;

namespace HeyGen;

/// <summary>
/// The photo avatar flow of the seeds as steps that chain (generate photos → wait → create group → add looks →
/// train → wait → generate looks → wait), and as one call that runs them all.
/// </summary>
public sealed partial class PhotoAvatarsClient
{
    /// <summary>Generates AI photos from a description and waits until they are ready.</summary>
    /// <exception cref="HeyGenPhotoAvatarException">The generation failed.</exception>
    public async Task<V2PhotoAvatarGeneration> GeneratePhotosAndWaitAsync(V2GeneratePhotoAvatarPhotosRequest request, PhotoAvatarWaitOptions? options = null, IProgress<PhotoAvatarProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = await GeneratePhotoAvatarPhotosAsync(Guard.NotNull(request, nameof(request)), cancellationToken).ConfigureAwait(false);
        return await WaitForGenerationAsync(started.GenerationId, PhotoAvatarStage.GeneratingPhotos, options, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Creates a photo avatar group from the first image key and adds the others as looks. Returns every look, the
    /// first one's <see cref="V2PhotoAvatarLook.GroupId"/> naming the group.
    /// </summary>
    /// <exception cref="ArgumentException">No image key was given.</exception>
    public async Task<IReadOnlyList<V2PhotoAvatarLook>> CreateGroupAsync(string name, IEnumerable<string> imageKeys, IProgress<PhotoAvatarProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(name, nameof(name));
        var keys = Guard.NotNull(imageKeys, nameof(imageKeys)).Where(k => !string.IsNullOrEmpty(k)).ToList();
        if (keys.Count == 0)
        {
            throw new ArgumentException("A photo avatar group needs at least one image key.", nameof(imageKeys));
        }

        progress?.Report(new PhotoAvatarProgress(PhotoAvatarStage.CreatingGroup, string.Empty, "creating", TimeSpan.Zero));
        var first = await CreatePhotoAvatarGroupAsync(new V2CreatePhotoAvatarGroupRequest { Name = name, ImageKey = keys[0] }, cancellationToken).ConfigureAwait(false);
        var groupId = first.GroupId ?? throw new HeyGenApiException(HeyGenErrorKind.InvalidResponse, "The new photo avatar look " + first.Id + " names no group_id.", operationId: "createPhotoAvatarGroup");
        var looks = new List<V2PhotoAvatarLook> { first };
        if (keys.Count > 1)
        {
            progress?.Report(new PhotoAvatarProgress(PhotoAvatarStage.AddingLooks, groupId, "adding", TimeSpan.Zero));
            var added = await AddPhotoAvatarLooksAsync(new V2AddPhotoAvatarLooksRequest { GroupId = groupId, ImageKeys = keys.Skip(1).ToList() }, cancellationToken).ConfigureAwait(false);
            looks.AddRange(added.PhotoAvatarList);
        }

        return looks;
    }

    /// <summary>Starts training a group and waits until it is ready.</summary>
    /// <exception cref="HeyGenPhotoAvatarException">The training failed.</exception>
    public async Task<V2PhotoAvatarTrainingStatus> TrainAndWaitAsync(string groupId, PhotoAvatarWaitOptions? options = null, IProgress<PhotoAvatarProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await TrainPhotoAvatarGroupAsync(new V2TrainPhotoAvatarGroupRequest { GroupId = Guard.NotNull(groupId, nameof(groupId)) }, cancellationToken).ConfigureAwait(false);
        return await WaitForTrainingAsync(groupId, options, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Generates new looks for a trained group from a prompt and waits until they are ready.</summary>
    /// <exception cref="HeyGenPhotoAvatarException">The generation failed.</exception>
    public async Task<V2PhotoAvatarGeneration> GenerateLooksAndWaitAsync(V2GeneratePhotoAvatarLooksRequest request, PhotoAvatarWaitOptions? options = null, IProgress<PhotoAvatarProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = await GeneratePhotoAvatarLooksAsync(Guard.NotNull(request, nameof(request)), cancellationToken).ConfigureAwait(false);
        return await WaitForGenerationAsync(started.GenerationId, PhotoAvatarStage.GeneratingLooks, options, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the whole flow: generate photos, wait, create a group from them, train it, wait, then generate one set of
    /// looks per prompt and wait for each. Every step is reported to <paramref name="progress"/>.
    /// </summary>
    /// <exception cref="HeyGenPhotoAvatarException">A generation or the training failed.</exception>
    /// <exception cref="TimeoutException">A wait exceeded <see cref="PhotoAvatarWaitOptions.Timeout"/>.</exception>
    public async Task<PhotoAvatarFlowResult> CreatePhotoAvatarAsync(PhotoAvatarFlowRequest request, PhotoAvatarWaitOptions? options = null, IProgress<PhotoAvatarProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        var photosRequest = Guard.NotNull(request.Photos, nameof(request.Photos));
        var photos = await GeneratePhotosAndWaitAsync(photosRequest, options, progress, cancellationToken).ConfigureAwait(false);
        var keys = (photos.ImageKeyList ?? Array.Empty<string>()).Take(request.PhotosToUse ?? int.MaxValue).ToList();
        var looks = await CreateGroupAsync(request.GroupName ?? photosRequest.Name, keys, progress, cancellationToken).ConfigureAwait(false);
        var groupId = looks[0].GroupId!;
        var training = await TrainAndWaitAsync(groupId, options, progress, cancellationToken).ConfigureAwait(false);
        var generations = new List<V2PhotoAvatarGeneration>();
        foreach (var prompt in request.LookPrompts)
        {
            var lookRequest = new V2GeneratePhotoAvatarLooksRequest { GroupId = groupId, Prompt = prompt, Orientation = photosRequest.Orientation, Pose = photosRequest.Pose, Style = photosRequest.Style };
            generations.Add(await GenerateLooksAndWaitAsync(lookRequest, options, progress, cancellationToken).ConfigureAwait(false));
        }

        progress?.Report(new PhotoAvatarProgress(PhotoAvatarStage.Completed, groupId, "completed", TimeSpan.Zero));
        return new PhotoAvatarFlowResult(photos, groupId, looks, training, generations);
    }
}
