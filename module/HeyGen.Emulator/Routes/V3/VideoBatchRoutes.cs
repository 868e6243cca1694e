using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.State;
using HeyGen.Emulator.Videos;

namespace HeyGen.Emulator.Routes.V3;

/// <summary>POST /v3/videos/batches (with Idempotency-Key), GET /v3/videos/batches/{batch_id}, GET /v3/videos/statuses.</summary>
internal sealed class VideoBatchRoutes(EmulatorContext emulator)
{
    private const int MaxItems = 100;
    private const int MaxIdempotencyKeyLength = 255;

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapOperation("POST", "/v3/videos/batches", "createVideoBatch", CreateAsync);
        app.MapOperation("GET", "/v3/videos/batches/{batch_id}", "getVideoBatch", GetAsync);
        app.MapOperation("GET", "/v3/videos/statuses", "getVideoStatuses", StatusesAsync);
    }

    private async Task CreateAsync(HttpContext http)
    {
        var key = http.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > MaxIdempotencyKeyLength)
        {
            throw ApiException.Invalid("Idempotency-Key", "The Idempotency-Key header is longer than 255 characters.");
        }

        var raw = await RequestBody.ReadBytesAsync(http, RequestBody.MaxJsonBytes);
        var submission = BatchSubmission.Parse(raw);
        var bodyHash = CanonicalJson.Hash(raw);
        var batch = emulator.Store.Transact(now =>
        {
            if (key.Length > 0 && emulator.Store.Batches.FindByIdempotencyKey(key) is { } existing)
            {
                // A replay answers with the original batch and bills nothing; the same key on another body is a client bug.
                return existing.BodyHash == bodyHash
                    ? existing
                    : throw new ApiException(409, "idempotency_key_reused", "This Idempotency-Key was already used with a different request body.", "Idempotency-Key");
            }

            var items = submission.Items.Select((item, index) => Validate(item, index)).ToList();
            return emulator.Store.SubmitBatch(items, submission.Title, submission.CallbackUrl, key.Length > 0 ? key : null, bodyHash, now);
        });

        var response = new CreateVideoBatchResponse
        {
            BatchId = batch.Id,
            Status = CreateVideoBatchResponseStatus.Processing,
            TotalItems = batch.Items.Count,
            CreatedAt = batch.CreatedAt.ToUnixTimeSeconds(),
        };
        await JsonResponses.V3(http, response, CreateVideoBatchResponseJsonConverter.WriteValue, StatusCodes.Status202Accepted);
    }

    /// <summary>One payload: "items are created and rendered independently, so one bad payload does not fail the rest".</summary>
    private BatchItem Validate(byte[] json, int index)
    {
        var prefix = "videos[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        try
        {
            var request = RequestBody.Parse(json, CreateVideoRequestJsonConverter.ReadValue, prefix);
            var draft = VideoRequestValidator.Validate(request, emulator.Store, VideoSource.Batch, CanonicalJson.Hash(json), prefix);
            return new BatchItem { Index = index, Draft = draft };
        }
        catch (ApiException error)
        {
            return new BatchItem { Index = index, Error = error };
        }
    }

    private Task GetAsync(HttpContext http)
    {
        var id = (string)http.Request.RouteValues["batch_id"]!;
        var limit = QueryParameters.Limit(http, defaultValue: 100, max: 100);
        var token = QueryParameters.String(http, "token");
        var view = emulator.Store.Transact(now =>
        {
            var batch = emulator.Store.Batches.Find(id) ?? throw ApiException.NotFound("Batch", "batch_id");
            var statuses = batch.Items.Select(item => BatchViews.ItemStatus(item, emulator.Store.Videos, now)).ToList();
            var page = Paging.Take(batch.Items, item => item.Index, limit, token, "batch|" + batch.Id);
            return new VideoBatch
            {
                BatchId = batch.Id,
                Title = batch.Title,
                Status = BatchViews.Aggregate(statuses),
                TotalItems = batch.Items.Count,
                CountsByStatus = statuses.GroupBy(s => s.Value).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                CreatedAt = batch.CreatedAt.ToUnixTimeSeconds(),
                Items = page.Items.Select(item => new VideoBatchItem
                {
                    ItemIndex = item.Index,
                    Status = statuses[item.Index],
                    VideoId = item.VideoId,
                    Error = BatchViews.ItemError(item, statuses[item.Index]),
                }).ToList(),
                HasMore = page.HasMore,
                NextToken = page.NextToken,
            };
        });
        return JsonResponses.V3(http, view, VideoBatchJsonConverter.WriteValue);
    }

    private Task StatusesAsync(HttpContext http)
    {
        var videoIds = QueryParameters.List(http, "video_ids");
        var batchIds = QueryParameters.List(http, "batch_ids");
        if (videoIds.Count == 0 && batchIds.Count == 0)
        {
            throw ApiException.Invalid("video_ids", "Provide 'video_ids' or 'batch_ids'.");
        }

        if (videoIds.Count + batchIds.Count > MaxItems)
        {
            throw ApiException.Invalid(videoIds.Count > batchIds.Count ? "video_ids" : "batch_ids", "At most 100 ids per call; split the request.");
        }

        var entries = emulator.Store.Transact(now =>
        {
            var list = new List<VideoStatusItem>();
            foreach (var id in videoIds)
            {
                var video = emulator.Store.Videos.FindAny(id);
                var status = VideoViews.StatusItemStatus(video, now);
                list.Add(new VideoStatusItem
                {
                    VideoId = id,
                    Status = status,
                    Error = status == VideoStatusItemStatus.Failed ? VideoViews.ErrorObject(VideoViews.FailureCode, VideoViews.FailureMessage) : null,
                });
            }

            foreach (var batchId in batchIds)
            {
                list.AddRange(BatchEntries(batchId, now));
            }

            return list;
        });
        var response = new GetVideoStatusesResponse { Data = entries, HasMore = false, NextToken = null };
        return JsonResponses.V3Body(http, response, GetVideoStatusesResponseJsonConverter.WriteValue);
    }

    private IEnumerable<VideoStatusItem> BatchEntries(string batchId, DateTimeOffset now)
    {
        if (emulator.Store.Batches.Find(batchId) is not { } batch)
        {
            yield return new VideoStatusItem { BatchId = batchId, Status = VideoStatusItemStatus.NotFound };
            yield break;
        }

        foreach (var item in batch.Items)
        {
            var itemStatus = BatchViews.ItemStatus(item, emulator.Store.Videos, now);
            var video = item.VideoId is null ? null : emulator.Store.Videos.FindAny(item.VideoId);
            var status = video is null ? new VideoStatusItemStatus(itemStatus.Value) : VideoViews.StatusItemStatus(video, now);
            yield return new VideoStatusItem
            {
                VideoId = item.VideoId,
                BatchId = batch.Id,
                ItemIndex = item.Index,
                Status = status,
                Error = BatchViews.ItemError(item, itemStatus),
            };
        }
    }
}
