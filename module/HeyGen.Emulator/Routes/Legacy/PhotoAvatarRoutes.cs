using HeyGen.Emulator.Avatars;
using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.State;

namespace HeyGen.Emulator.Routes.Legacy;

/// <summary>
/// The photo avatar flow (v2): generate photos → poll the generation → create a group from an image key → add
/// looks → train → poll training → generate looks (which join the group when their generation succeeds).
/// </summary>
internal sealed class PhotoAvatarRoutes(EmulatorContext emulator)
{
    private readonly AvatarViews _views = new(emulator.Urls);

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapOperation("POST", "/v2/photo_avatar/photo/generate", "generatePhotoAvatarPhotos", GeneratePhotosAsync);
        app.MapOperation("GET", "/v2/photo_avatar/generation/{generation_id}", "getPhotoAvatarGeneration", GetGenerationAsync);
        app.MapOperation("POST", "/v2/photo_avatar/avatar_group/create", "createPhotoAvatarGroup", CreateGroupAsync);
        app.MapOperation("POST", "/v2/photo_avatar/avatar_group/add", "addPhotoAvatarLooks", AddLooksAsync);
        app.MapOperation("POST", "/v2/photo_avatar/train", "trainPhotoAvatarGroup", TrainAsync);
        app.MapOperation("GET", "/v2/photo_avatar/train/status/{group_id}", "getPhotoAvatarTrainingStatus", TrainingStatusAsync);
        app.MapOperation("POST", "/v2/photo_avatar/look/generate", "generatePhotoAvatarLooks", GenerateLooksAsync);
    }

    private async Task GeneratePhotosAsync(HttpContext http)
    {
        var (request, _) = await RequestBody.ReadJsonAsync(http, V2GeneratePhotoAvatarPhotosRequestJsonConverter.ReadValue);
        NotBlank(request.Name, "name");
        NotBlank(request.Appearance, "appearance");
        var generation = emulator.Store.Transact(now => emulator.Store.PhotoAvatars.AddGeneration(request.Name, null, now, emulator.Options.PhotoGenerationTime));
        await JsonResponses.V1(http, new V2PhotoAvatarGenerationId { GenerationId = generation.Id }, V2PhotoAvatarGenerationIdJsonConverter.WriteValue);
    }

    private Task GetGenerationAsync(HttpContext http)
    {
        var id = (string)http.Request.RouteValues["generation_id"]!;
        var view = emulator.Store.Transact(now =>
        {
            var generation = emulator.Store.PhotoAvatars.FindGeneration(id) ?? throw ApiException.NotFound("Generation", "generation_id");
            var done = now >= generation.DoneAt && !generation.Fails;
            return new V2PhotoAvatarGeneration
            {
                Id = generation.Id,
                Status = done ? V2PhotoAvatarGenerationStatus.Success
                    : now >= generation.DoneAt ? V2PhotoAvatarGenerationStatus.Failed : V2PhotoAvatarGenerationStatus.InProgress,
                ImageUrlList = done ? generation.ImageKeys.Select(k => _views.ImageForKey(k, emulator.Store.Assets)).ToList() : null,
                ImageKeyList = done ? generation.ImageKeys : null,
            };
        });
        return JsonResponses.V1(http, view, V2PhotoAvatarGenerationJsonConverter.WriteValue);
    }

    private async Task CreateGroupAsync(HttpContext http)
    {
        var (request, _) = await RequestBody.ReadJsonAsync(http, V2CreatePhotoAvatarGroupRequestJsonConverter.ReadValue);
        NotBlank(request.Name, "name");
        var look = emulator.Store.Transact(now =>
        {
            CheckImageKey(request.ImageKey, "image_key");
            var group = emulator.Store.PhotoAvatars.AddGroup(request.Name, now);
            return _views.V2Look(emulator.Store.PhotoAvatars.AddLook(group, request.Name, request.ImageKey, now), emulator.Store.Assets);
        });
        await JsonResponses.V1(http, look, V2PhotoAvatarLookJsonConverter.WriteValue);
    }

    private async Task AddLooksAsync(HttpContext http)
    {
        var (request, _) = await RequestBody.ReadJsonAsync(http, V2AddPhotoAvatarLooksRequestJsonConverter.ReadValue);
        if (request.ImageKeys.Count == 0)
        {
            throw ApiException.Invalid("image_keys", "'image_keys' must contain at least one image key.");
        }

        var looks = emulator.Store.Transact(now =>
        {
            var group = FindGroup(request.GroupId);
            for (var i = 0; i < request.ImageKeys.Count; i++)
            {
                CheckImageKey(request.ImageKeys[i], "image_keys[" + i.ToString(CultureInfo.InvariantCulture) + "]");
            }

            return request.ImageKeys
                .Select(key => _views.V2Look(emulator.Store.PhotoAvatars.AddLook(group, request.Name ?? group.Name, key, now), emulator.Store.Assets))
                .ToList();
        });
        await JsonResponses.V1(http, new V2PhotoAvatarLookList { PhotoAvatarList = looks }, V2PhotoAvatarLookListJsonConverter.WriteValue);
    }

    /// <summary>Training queues for a second (<c>pending</c>), then runs for <see cref="EmulatorOptions.PhotoTrainingTime"/>.</summary>
    private async Task TrainAsync(HttpContext http)
    {
        var (request, _) = await RequestBody.ReadJsonAsync(http, V2TrainPhotoAvatarGroupRequestJsonConverter.ReadValue);
        emulator.Store.Transact(now =>
        {
            var group = FindGroup(request.GroupId);
            if (group.Looks.Count == 0)
            {
                throw ApiException.Invalid("group_id", "The group has no looks to train on.");
            }

            if (group.TrainRequestedAt is null || group.TrainStatusAt(now) == V2TrainStatus.Ready)
            {
                group.TrainRequestedAt = now;
                group.TrainingAt = now + TimeSpan.FromSeconds(1);
                group.ReadyAt = group.TrainingAt + emulator.Options.PhotoTrainingTime;
            }
        });
        await JsonResponses.V1(http, new V2TrainPhotoAvatarGroupResult { Code = 100 }, V2TrainPhotoAvatarGroupResultJsonConverter.WriteValue);
    }

    private Task TrainingStatusAsync(HttpContext http)
    {
        var id = (string)http.Request.RouteValues["group_id"]!;
        var status = emulator.Store.Transact(now =>
        {
            var group = FindGroup(id);
            var current = group.TrainStatusAt(now);
            return new V2PhotoAvatarTrainingStatus
            {
                Status = current,
                ErrorMsg = null,
                CreatedAt = group.TrainRequestedAt?.ToUnixTimeSeconds(),
                UpdatedAt = (current == V2TrainStatus.Ready ? group.ReadyAt : current == V2TrainStatus.Training ? group.TrainingAt : group.TrainRequestedAt)?.ToUnixTimeSeconds(),
            };
        });
        return JsonResponses.V1(http, status, V2PhotoAvatarTrainingStatusJsonConverter.WriteValue);
    }

    private async Task GenerateLooksAsync(HttpContext http)
    {
        var (request, _) = await RequestBody.ReadJsonAsync(http, V2GeneratePhotoAvatarLooksRequestJsonConverter.ReadValue);
        NotBlank(request.Prompt, "prompt");
        var generation = emulator.Store.Transact(now =>
        {
            var group = FindGroup(request.GroupId);
            if (group.TrainStatusAt(now) != V2TrainStatus.Ready)
            {
                throw new ApiException(400, "group_not_trained", "Train the group (POST /v2/photo_avatar/train) and wait until it is ready before generating looks.", "group_id");
            }

            return emulator.Store.PhotoAvatars.AddGeneration(group.Name, group.Id, now, emulator.Options.PhotoGenerationTime);
        });
        await JsonResponses.V1(http, new V2PhotoAvatarGenerationId { GenerationId = generation.Id }, V2PhotoAvatarGenerationIdJsonConverter.WriteValue);
    }

    private PhotoGroup FindGroup(string id) =>
        emulator.Store.PhotoAvatars.FindGroup(id) ?? throw ApiException.NotFound("Photo avatar group", "group_id");

    /// <summary>An image key from a finished generation or from an uploaded image (POST /v1/asset).</summary>
    private void CheckImageKey(string key, string param)
    {
        if (!emulator.Store.PhotoAvatars.IsGeneratedKey(key) && emulator.Store.Assets.FindByImageKey(key) is null)
        {
            throw new ApiException(400, "invalid_image_key", "Image key '" + key + "' is unknown: use a key from a finished generation or an uploaded image.", param);
        }
    }

    private static void NotBlank(string value, string param)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw ApiException.Invalid(param, "'" + param + "' must not be empty.");
        }
    }
}
