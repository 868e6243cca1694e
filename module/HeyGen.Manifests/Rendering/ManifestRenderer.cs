using System.Text;
using HeyGen.Manifests.Model;
using HeyGen.Manifests.Planning;
using HeyGen.Manifests.State;

namespace HeyGen.Manifests.Rendering;

/// <summary>
/// Renders a plan. The rules that make re-runs safe:
/// <list type="bullet">
/// <item>every transition is durable before the next step (see <see cref="StateStore"/>);</item>
/// <item>the intent to create is recorded before the create call. A single create carries a title marker derived
/// from the render key, so an unconfirmed create is found again by title; a batch create is recorded with its body
/// and idempotency key, so it is re-sent unchanged and HeyGen returns the batch it already has;</item>
/// <item>finished renders are never re-rendered to get their file: a missing file is downloaded again, with its URL
/// refreshed through a status call;</item>
/// <item>one failing scene never stops the others; only authentication failures end the run.</item>
/// </list>
/// </summary>
public sealed partial class ManifestRenderer
{
    private const int MaxBatch = 100;

    /// <summary>Creates of one scene in one run before it is marked failed (the next run tries again).</summary>
    private const int MaxCreateAttempts = 5;

    private readonly HeyGenClient _client;
    private readonly StateStore _store;
    private readonly RenderOptions _options;
    private readonly TimeProvider _clock;

    public ManifestRenderer(HeyGenClient client, StateStore store, RenderOptions? options = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options ?? new RenderOptions();
        _clock = client.Options.TimeProvider ?? TimeProvider.System;
    }

    public async Task<RenderResult> RenderAsync(ManifestPlan plan, CancellationToken cancellationToken = default)
    {
        var run = new Run(this, plan);
        return await run.ExecuteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The state of one run. Only the orchestrating loop touches the collections; downloads report back through their tasks.</summary>
    private sealed partial class Run
    {
        private readonly ManifestRenderer _owner;
        private readonly ManifestPlan _plan;
        private readonly List<RenderJob> _jobs = new();
        private readonly LinkedList<RenderJob> _createQueue = new();
        private readonly Dictionary<string, RenderJob> _inFlight = new(StringComparer.Ordinal);
        private readonly List<RenderJob> _awaitingBatch = new();
        private readonly Queue<BatchState> _batchRetries = new();
        private readonly Queue<RenderJob> _downloadQueue = new();
        private readonly Dictionary<Task, RenderJob> _downloads = new();
        private readonly List<SceneOutcome> _outcomes = new();
        private readonly Dictionary<string, int> _batchFailures = new(StringComparer.Ordinal);
        private readonly AdaptiveLimit _limit;
        private int _creates;
        private int _uploads;
        private int _total;
        private int _finished;

        public Run(ManifestRenderer owner, ManifestPlan plan)
        {
            _owner = owner;
            _plan = plan;
            _limit = new AdaptiveLimit(owner._options.Concurrency ?? plan.Document.Concurrency);
        }

        private HeyGenClient Client => _owner._client;

        private StateStore Store => _owner._store;

        private RenderOptions Options => _owner._options;

        public async Task<RenderResult> ExecuteAsync(CancellationToken cancellationToken)
        {
            var started = _owner._clock.GetTimestamp();
            try
            {
                Classify();
                await RecoverAsync(cancellationToken).ConfigureAwait(false);
                await UploadAsync(cancellationToken).ConfigureAwait(false);
                await LoopAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Everything in flight stays recorded as submitted; the next run resumes it.
            }
            finally
            {
                Store.Compact(_plan.Document.Name);
            }

            foreach (var job in _jobs.Where(j => j.Outcome is null))
            {
                job.Outcome = new SceneOutcome(job.Id, job.Plan.Action, SceneResult.Cancelled, job.Record.VideoId, null, "the run stopped before this scene finished; the next run resumes it");
            }

            _outcomes.AddRange(_jobs.Select(j => j.Outcome!));
            var order = _plan.Scenes.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            var outcomes = _outcomes.OrderBy(o => order.TryGetValue(o.Id, out var i) ? i : int.MaxValue).ToList();
            return new RenderResult(_plan, outcomes, _creates, _uploads, _owner._clock.GetElapsedTime(started));
        }

        /// <summary>Sorts every planned scene into its first step.</summary>
        private void Classify()
        {
            foreach (var scene in _plan.Scenes)
            {
                switch (scene.Action)
                {
                    case PlanAction.Skip:
                        _outcomes.Add(new SceneOutcome(scene.Id, scene.Action, SceneResult.Skipped, scene.Previous?.VideoId, scene.OutputPath, null));
                        continue;
                    case PlanAction.Orphan:
                        _outcomes.Add(new SceneOutcome(scene.Id, scene.Action, SceneResult.Orphan, scene.Previous?.VideoId, scene.OutputPath, null));
                        continue;
                }

                var record = scene.Action is PlanAction.Create or PlanAction.Retry || scene.Previous is null
                    ? new SceneState { Id = scene.Id, Key = scene.Key!.Value, Request = scene.Key.RequestJson, Title = scene.Key.TitleFor(scene.Scene!) }
                    : scene.Previous.Copy();
                var job = new RenderJob(scene, record);
                _jobs.Add(job);
                _total++;
                switch (scene.Action)
                {
                    case PlanAction.Download:
                        _downloadQueue.Enqueue(job);
                        break;
                    case PlanAction.Resume when record.Status == SceneStatus.Submitted && record.VideoId is { } videoId:
                        _inFlight[videoId] = job;
                        break;
                    case PlanAction.Resume when record.Status == SceneStatus.Submitted:
                        _awaitingBatch.Add(job);
                        break;
                    case PlanAction.Resume:
                        break; // Intent: recovered first
                    default:
                        _createQueue.AddLast(job);
                        break;
                }
            }
        }

        /// <summary>Resolves creates that were started but never confirmed, without creating anything twice.</summary>
        private async Task RecoverAsync(CancellationToken cancellationToken)
        {
            var intents = _jobs.Where(j => j.Plan.Action == PlanAction.Resume && j.Record.Status == SceneStatus.Intent).ToList();
            var lookUp = new List<RenderJob>();
            foreach (var group in intents.Where(j => j.Record.BatchKey is not null).GroupBy(j => j.Record.BatchKey!))
            {
                if (Store.State.Batches.TryGetValue(group.Key, out var batch) && !IsWholeUnconfirmedBatch(batch))
                {
                    // Some of the batch's scenes moved on (created in another batch or singly, or the intents were
                    // never all written, so the batch was never sent): re-sending its body would create those
                    // again. Look the remaining ones up by their title markers instead.
                    lookUp.AddRange(group);
                }
                else if (batch is not null)
                {
                    Report(group.First(), RenderStage.Recovering, "re-sending the unconfirmed batch " + batch.Key.Substring(0, 12) + " with its idempotency key");
                    _batchRetries.Enqueue(batch);
                    _awaitingBatch.AddRange(group);
                }
                else
                {
                    foreach (var job in group)
                    {
                        _createQueue.AddLast(job); // the batch record never made it: nothing was sent
                    }
                }
            }

            foreach (var job in intents.Where(j => j.Record.BatchKey is null).Concat(lookUp))
            {
                Report(job, RenderStage.Recovering, "looking for a video created by an earlier, interrupted run");
                var found = await FindByMarkerAsync(job, cancellationToken).ConfigureAwait(false);
                if (found is null)
                {
                    _createQueue.AddLast(job);
                }
            }
        }

        /// <summary>
        /// True when every scene of the recorded batch is still an unconfirmed intent under its key: only then may its
        /// exact body be sent again (HeyGen answers a replayed idempotency key with the batch it already has).
        /// </summary>
        private bool IsWholeUnconfirmedBatch(BatchState batch) =>
            batch.SceneIds.All(id => Store.State.Scenes.TryGetValue(id, out var scene) && scene.Status == SceneStatus.Intent && scene.BatchKey == batch.Key);

        /// <summary>Finds a video by the render-key marker in its title; adopts it when found.</summary>
        private async Task<string?> FindByMarkerAsync(RenderJob job, CancellationToken cancellationToken)
        {
            var marker = job.Plan.Key!.Marker;
            await foreach (var video in Client.Videos.EnumerateVideosAsync(limit: 100, title: marker, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (video.Title is { } title && title.Contains(marker))
                {
                    job.Transition(Store, r =>
                    {
                        r.Status = SceneStatus.Submitted;
                        r.VideoId = video.Id;
                        r.SubmittedAt ??= Now();
                    });
                    _inFlight[video.Id] = job;
                    Report(job, RenderStage.Submitted, "found video " + video.Id + " from an earlier run; not creating it again");
                    return video.Id;
                }
            }

            return null;
        }

        /// <summary>Uploads each local file the creates need, once per content hash (reusing earlier uploads).</summary>
        private async Task UploadAsync(CancellationToken cancellationToken)
        {
            var hasher = new ContentHasher();
            var needed = _createQueue.SelectMany(j => j.Plan.Scene!.LocalFiles.Select(f => (Job: j, File: f))).ToList();
            var byHash = needed.GroupBy(x => hasher.Hash(x.File.Value)).ToList();
            using var gate = new SemaphoreSlim(Math.Max(1, Options.UploadConcurrency));
            var tasks = byHash.Where(g => !Store.State.Assets.ContainsKey(g.Key)).Select(async group =>
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    var file = group.First().File;
                    Report(group.First().Job, RenderStage.Uploading, "uploading " + file.Written);
                    using var stream = File.OpenRead(file.Value);
                    var uploaded = await Client.Assets.UploadAssetAsync(new HeyGenFileContent(stream, Path.GetFileName(file.Value), MediaTypes.Guess(file.Value)), cancellationToken).ConfigureAwait(false);
                    Store.Record(new AssetState { Sha256 = group.Key, AssetId = uploaded.AssetId, Url = uploaded.Url.ToString(), File = file.Written, UploadedAt = Now() });
                    Interlocked.Increment(ref _uploads);
                    Report(group.First().Job, RenderStage.Uploaded, "uploaded " + file.Written + " as " + uploaded.AssetId);
                    return (group, (Exception?)null);
                }
                catch (HeyGenApiException ex) when (!IsFatal(ex))
                {
                    return (group, ex);
                }
                finally
                {
                    gate.Release();
                }
            }).ToList();

            foreach (var (group, error) in await Task.WhenAll(tasks).ConfigureAwait(false))
            {
                if (error is null)
                {
                    continue;
                }

                foreach (var job in group.Select(x => x.Job).Distinct())
                {
                    _createQueue.Remove(job);
                    Fail(job, "uploading " + group.First().File.Written + " failed: " + error.Message);
                }
            }
        }

        private async Task LoopAsync(CancellationToken cancellationToken)
        {
            var events = Options.VideoEvents;
            var schedule = new PollSchedule(Options, _owner._clock, events is not null, resuming: _inFlight.Count > 0 || _awaitingBatch.Count > 0);
            while (_createQueue.Count > 0 || _inFlight.Count > 0 || _awaitingBatch.Count > 0 || _batchRetries.Count > 0 || _downloadQueue.Count > 0 || _downloads.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await RetryBatchesAsync(cancellationToken).ConfigureAwait(false);
                await SubmitAsync(cancellationToken).ConfigureAwait(false);
                StartDownloads(cancellationToken);
                var polling = _inFlight.Count > 0 || _awaitingBatch.Any(j => j.Record.BatchId is not null);

                // Wait until the poll is due, or less if a download finishes first (its slot can start the next one)
                // or a completion event arrives.
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    var delay = Delay(schedule.Remaining, wait.Token);
                    var eventReady = schedule.EventDriven ? events!.WaitToReadAsync(wait.Token) : null;
                    var waits = _downloads.Keys.Append(delay);
                    var first = await Task.WhenAny(eventReady is null ? waits : waits.Append(eventReady)).ConfigureAwait(false);
                    wait.Cancel();
                    await IgnoreCancellation(delay).ConfigureAwait(false);
                    if (eventReady is not null)
                    {
                        await ReadEventsAsync(eventReady, schedule, cancellationToken).ConfigureAwait(false);
                    }

                    if (first != delay)
                    {
                        await CollectDownloadsAsync().ConfigureAwait(false);
                        continue;
                    }
                }

                bool changed;
                try
                {
                    changed = polling && await PollAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (HeyGenApiException ex) when (ex.IsTransient)
                {
                    // The client already retried; a status call that still fails changes nothing on HeyGen's
                    // side. Wait longer (at least what Retry-After asks) and poll again instead of ending the run.
                    Report(_jobs.FirstOrDefault(j => j.Outcome is null), RenderStage.Throttled, "status check failed (" + ex.ErrorMessage + "); polling again later");
                    await CollectDownloadsAsync().ConfigureAwait(false);
                    schedule.Failed(ex.RetryAfter);
                    continue;
                }

                await CollectDownloadsAsync().ConfigureAwait(false);
                schedule.Polled(changed, waitingForSlots: _createQueue.Count > 0);
            }
        }

        private static async Task IgnoreCancellation(Task task)
        {
            try
            {
                await task.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The wait was cut short on purpose.
            }
        }

        private Task Delay(TimeSpan interval, CancellationToken cancellationToken)
        {
            if (interval <= TimeSpan.Zero)
            {
                return Task.CompletedTask;
            }

#if NET8_0_OR_GREATER
            return Task.Delay(interval, _owner._clock, cancellationToken);
#else
            return _owner._clock.Delay(interval, cancellationToken);
#endif
        }

        private int Busy => _inFlight.Count + _awaitingBatch.Count;

        /// <summary>Fills free render slots: one create, or a batch when several are due.</summary>
        private async Task SubmitAsync(CancellationToken cancellationToken)
        {
            while (_createQueue.Count > 0 && Busy < _limit.Current)
            {
                var take = Math.Min(Math.Min(_limit.Current - Busy, _createQueue.Count), MaxBatch);
                var jobs = _createQueue.Take(take).ToList();
                foreach (var job in jobs)
                {
                    _createQueue.Remove(job);
                }

                var accepted = jobs.Count == 1
                    ? await CreateOneAsync(jobs[0], cancellationToken).ConfigureAwait(false)
                    : await CreateBatchAsync(jobs, cancellationToken).ConfigureAwait(false);
                if (!accepted)
                {
                    return;
                }
            }
        }

        private CreateVideoRequest SubmittedRequest(RenderJob job)
        {
            var scene = job.Plan.Scene!;
            var hasher = new ContentHasher();
            var callback = _plan.Document.CallbackUrl is { } url ? new Uri(url) : null;
            return RenderRequestBuilder.Build(scene, media => Store.State.Assets[hasher.Hash(media.Value)].AssetId, job.Record.Title!, CallbackId(job.Record), callback);
        }

        private async Task<bool> CreateOneAsync(RenderJob job, CancellationToken cancellationToken)
        {
            var request = SubmittedRequest(job);
            job.Transition(Store, r =>
            {
                r.Status = SceneStatus.Intent;
                r.VideoId = null;
                r.BatchId = null;
                r.BatchKey = null;
                r.BatchIndex = null;
                r.Error = null;
                r.Attempts++;
                r.IntentAt = Now();
            });
            try
            {
                var created = await Client.Videos.CreateVideoAsync(request, cancellationToken).ConfigureAwait(false);
                Submitted(job, created.VideoId, null, null);
                _limit.Accepted(1);
                return true;
            }
            catch (HeyGenApiException ex) when (ex.StatusCode == 429)
            {
                Throttle(new[] { job }, ex);
                return false;
            }
            catch (HeyGenApiException ex) when (IsAmbiguous(ex))
            {
                // The create may or may not have happened: look before sending it again.
                Report(job, RenderStage.Recovering, "the create's answer was lost (" + ex.ErrorMessage + "); checking whether the video exists");
                if (await FindByMarkerAsync(job, cancellationToken).ConfigureAwait(false) is null)
                {
                    if (++job.CreateFailures >= MaxCreateAttempts)
                    {
                        Fail(job, "creating the video failed " + job.CreateFailures + " times; last error: " + ex.Message);
                        return true;
                    }

                    _createQueue.AddFirst(job);
                    return false;
                }

                _creates++;
                job.CreatedInThisRun = true;
                return true;
            }
            catch (HeyGenApiException ex) when (!IsFatal(ex))
            {
                Fail(job, ex.Message);
                return true;
            }
        }

        private async Task<bool> CreateBatchAsync(List<RenderJob> jobs, CancellationToken cancellationToken)
        {
            var body = new CreateVideoBatchRequest { Videos = jobs.Select(SubmittedRequest).ToList(), Title = _plan.Document.Name };
            var json = Encoding.UTF8.GetString(HeyGenJson.Serialize(body, CreateVideoBatchRequestJsonConverter.WriteValue));
            var batch = new BatchState
            {
                Key = ContentHasher.HashBytes(Encoding.UTF8.GetBytes(json)),
                Body = json,
                SceneIds = jobs.Select(j => j.Id).ToList(),
                CreatedAt = Now(),
            };
            Store.Record(batch);
            for (var i = 0; i < jobs.Count; i++)
            {
                var index = i;
                jobs[i].Transition(Store, r =>
                {
                    r.Status = SceneStatus.Intent;
                    r.VideoId = null;
                    r.BatchId = null;
                    r.BatchKey = batch.Key;
                    r.BatchIndex = index;
                    r.Error = null;
                    r.Attempts++;
                    r.IntentAt = Now();
                });
            }

            _awaitingBatch.AddRange(jobs);
            return await SendBatchAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        private async Task RetryBatchesAsync(CancellationToken cancellationToken)
        {
            var count = _batchRetries.Count;
            for (var i = 0; i < count; i++)
            {
                if (!await SendBatchAsync(_batchRetries.Dequeue(), cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }
        }

        /// <summary>Sends a recorded batch body with its idempotency key (safe to repeat: HeyGen answers with the existing batch).</summary>
        private async Task<bool> SendBatchAsync(BatchState batch, CancellationToken cancellationToken)
        {
            var jobs = _awaitingBatch.Where(j => j.Record.BatchKey == batch.Key).OrderBy(j => j.Record.BatchIndex).ToList();
            try
            {
                var body = HeyGenJson.Deserialize(batch.Body, CreateVideoBatchRequestJsonConverter.ReadValue);
                var created = await Client.Videos.CreateVideoBatchAsync(body, idempotencyKey: batch.Key, cancellationToken: cancellationToken).ConfigureAwait(false);
                batch.BatchId = created.BatchId;
                Store.Record(batch);
                foreach (var job in jobs)
                {
                    Submitted(job, null, created.BatchId, job.Record.BatchIndex);
                }

                _limit.Accepted(jobs.Count);
                return true;
            }
            catch (HeyGenApiException ex) when (ex.StatusCode == 429 && jobs.Count > 0 && batch.BatchId is null && jobs.All(j => j.Record.Status == SceneStatus.Intent))
            {
                // Refused, nothing created: the scenes go back to the queue and may be regrouped. Their intents lose
                // this batch's key durably, so a later run never replays a body whose scenes went elsewhere.
                _awaitingBatch.RemoveAll(j => jobs.Contains(j));
                foreach (var job in jobs)
                {
                    job.Transition(Store, r =>
                    {
                        r.BatchKey = null;
                        r.BatchIndex = null;
                    });
                }

                Throttle(jobs, ex);
                return false;
            }
            catch (HeyGenApiException ex) when (IsAmbiguous(ex) || ex.StatusCode == 429)
            {
                // Unknown outcome: only this exact body with this key may be sent again.
                _batchFailures.TryGetValue(batch.Key, out var failures);
                _batchFailures[batch.Key] = ++failures;
                if (failures >= MaxCreateAttempts)
                {
                    // Left as an unconfirmed batch: the next run re-sends it with the same key.
                    _awaitingBatch.RemoveAll(j => jobs.Contains(j));
                    foreach (var job in jobs)
                    {
                        Finish(job, SceneResult.Failed, "the batch create kept failing (" + ex.Message + "); the next run re-sends it with the same idempotency key");
                    }

                    return true;
                }

                Report(jobs.FirstOrDefault(), RenderStage.Recovering, "the batch create's answer was lost (" + ex.ErrorMessage + "); it will be re-sent with the same idempotency key");
                _batchRetries.Enqueue(batch);
                return false;
            }
            catch (HeyGenApiException ex) when (ex.StatusCode is >= 400 and < 500 && !IsFatal(ex) && jobs.Count > 1)
            {
                // One bad item rejects the whole batch: create the scenes one by one to isolate it.
                _awaitingBatch.RemoveAll(j => jobs.Contains(j));
                foreach (var job in jobs.AsEnumerable().Reverse())
                {
                    job.Transition(Store, r => r.BatchKey = null);
                    _createQueue.AddFirst(job);
                }

                Report(jobs[0], RenderStage.Failed, "the batch was rejected (" + ex.ErrorMessage + "); creating its scenes one by one");
                _limit.Throttled(Math.Max(1, Busy));
                return true;
            }
            catch (HeyGenApiException ex) when (!IsFatal(ex))
            {
                _awaitingBatch.RemoveAll(j => jobs.Contains(j));
                foreach (var job in jobs)
                {
                    Fail(job, ex.Message);
                }

                return true;
            }
        }

        private void Submitted(RenderJob job, string? videoId, string? batchId, int? batchIndex)
        {
            job.Transition(Store, r =>
            {
                r.Status = SceneStatus.Submitted;
                r.VideoId = videoId;
                r.BatchId = batchId;
                r.BatchIndex = batchIndex;
                r.SubmittedAt = Now();
            });
            job.CreatedInThisRun = true;
            _creates++;
            if (videoId is not null)
            {
                _awaitingBatch.Remove(job);
                _inFlight[videoId] = job;
            }

            Report(job, RenderStage.Submitted, videoId is null ? "submitted in batch " + batchId : "submitted as video " + videoId);
        }

        private void Throttle(IReadOnlyList<RenderJob> jobs, HeyGenApiException ex)
        {
            _limit.Throttled(Busy);
            foreach (var job in jobs.Reverse())
            {
                _createQueue.AddFirst(job);
            }

            Report(jobs[0], RenderStage.Throttled, "HeyGen is at its concurrent-job limit" + (ex.RetryAfter is { } wait ? " (retry after " + wait.TotalSeconds + " s)" : string.Empty) + "; keeping " + _limit.Current + " in flight");
        }

        /// <summary>One bulk status call (per 100 ids) for everything in flight; returns whether anything changed.</summary>
        private async Task<bool> PollAsync(CancellationToken cancellationToken)
        {
            var changed = false;
            var batchIds = _awaitingBatch.Where(j => j.Record.BatchId is not null).Select(j => j.Record.BatchId!).Distinct(StringComparer.Ordinal).ToList();
            var chunks = _inFlight.Keys.Select((id, i) => (id, i)).GroupBy(x => x.i / VideosClient.MaxIdsPerStatusCall, x => x.id).Select(g => g.ToList()).ToList();
            if (chunks.Count == 0)
            {
                chunks.Add(new List<string>());
            }

            for (var i = 0; i < chunks.Count; i++)
            {
                var videos = chunks[i].Count == 0 ? null : chunks[i];
                var batches = i == 0 && batchIds.Count > 0 ? batchIds : null;
                if (videos is null && batches is null)
                {
                    continue;
                }

                var statuses = await Client.Videos.GetVideoStatusesAsync(videos, batches, cancellationToken).ConfigureAwait(false);
                foreach (var item in statuses.Data)
                {
                    changed |= await ApplyStatusAsync(item, cancellationToken).ConfigureAwait(false);
                }
            }

            return changed;
        }

        private async Task<bool> ApplyStatusAsync(VideoStatusItem item, CancellationToken cancellationToken)
        {
            var changed = false;
            if (item.BatchId is { } batchId && item.ItemIndex is { } index && item.VideoId is { } newId)
            {
                var waiting = _awaitingBatch.FirstOrDefault(j => j.Record.BatchId == batchId && j.Record.BatchIndex == index);
                if (waiting is not null)
                {
                    waiting.Transition(Store, r => r.VideoId = newId);
                    _awaitingBatch.Remove(waiting);
                    _inFlight[newId] = waiting;
                    changed = true;
                }
            }

            if (item.VideoId is not { } videoId || !_inFlight.TryGetValue(videoId, out var job))
            {
                return changed;
            }

            if (item.Status == VideoStatusItemStatus.Completed)
            {
                var detail = await Client.Videos.GetVideoAsync(videoId, cancellationToken).ConfigureAwait(false);
                Rendered(job, videoId, detail, string.Empty);
                return true;
            }

            if (item.Status == VideoStatusItemStatus.Failed || item.Status == VideoStatusItemStatus.NotFound)
            {
                _inFlight.Remove(videoId);
                var reason = item.Status == VideoStatusItemStatus.NotFound ? "HeyGen no longer knows video " + videoId : await FailureReasonAsync(videoId, cancellationToken).ConfigureAwait(false);
                Fail(job, reason);
                return true;
            }

            return changed;
        }

        /// <summary>Records a finished render (durably) and queues its download.</summary>
        private void Rendered(RenderJob job, string videoId, VideoDetail detail, string how)
        {
            _inFlight.Remove(videoId);
            job.Detail = detail;
            job.Transition(Store, r =>
            {
                r.Status = SceneStatus.Completed;
                r.CompletedAt = Now();
                r.DurationSeconds = detail.Duration;
            });
            Report(job, RenderStage.Rendered, "rendered (" + (detail.Duration?.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) ?? "?") + " s)" + how);
            _downloadQueue.Enqueue(job);
        }

        private static string FailureReason(string videoId, VideoDetail detail) =>
            "HeyGen could not render video " + videoId + (detail.FailureCode is null ? string.Empty : " [" + detail.FailureCode + "]") + ": " + (detail.FailureMessage ?? "no reason given");

        /// <summary>The <c>callback_id</c> a scene's video is created with; webhooks echo it back.</summary>
        private static string CallbackId(SceneState record) => "hg:" + record.Key;

        private async Task<string> FailureReasonAsync(string videoId, CancellationToken cancellationToken)
        {
            try
            {
                var detail = await Client.Videos.GetVideoAsync(videoId, cancellationToken).ConfigureAwait(false);
                return FailureReason(videoId, detail);
            }
            catch (HeyGenApiException ex) when (!IsFatal(ex))
            {
                return "HeyGen could not render video " + videoId;
            }
        }

        private void StartDownloads(CancellationToken cancellationToken)
        {
            while (_downloadQueue.Count > 0 && _downloads.Count < Math.Max(1, Options.DownloadConcurrency))
            {
                var job = _downloadQueue.Dequeue();
                _downloads[DownloadAsync(job, cancellationToken)] = job;
            }
        }

        private async Task DownloadAsync(RenderJob job, CancellationToken cancellationToken)
        {
            var scene = job.Plan.Scene!;
            var output = job.Plan.OutputPath!;
            var detail = job.Detail;
            if (detail is null)
            {
                try
                {
                    detail = await Client.Videos.GetVideoAsync(job.Record.VideoId!, cancellationToken).ConfigureAwait(false);
                }
                catch (HeyGenApiException ex) when (ex.StatusCode == 404)
                {
                    throw new VideoGoneException(job.Record.VideoId!);
                }
            }

            Report(job, RenderStage.Downloading, "downloading " + scene.FileName);
            RemoveStalePartialFiles(output);
            var result = await Client.Videos.DownloadAsync(detail, output, VideoAsset.Video, Options.Download, cancellationToken).ConfigureAwait(false);
            if (scene.Caption && detail.SubtitleUrl is not null)
            {
                await Client.Videos.DownloadAsync(detail, Path.ChangeExtension(output, ".srt"), VideoAsset.Captions, Options.Download, cancellationToken).ConfigureAwait(false);
            }

            var written = new FileInfo(result.Path);
            job.Transition(Store, r =>
            {
                r.Status = SceneStatus.Downloaded;
                r.DownloadedAt = Now();
                r.Output = scene.FileName;
                r.OutputLength = result.Length;
                r.OutputSha256 = result.Sha256;
                r.OutputModifiedUtc = written.LastWriteTimeUtc;
            });
        }

        /// <summary>
        /// A run killed mid-download leaves its temp file (".name.xxxx.part") behind; this run holds the lock, so
        /// any such file for this output is dead and is removed rather than left to accumulate.
        /// </summary>
        private static void RemoveStalePartialFiles(string output)
        {
            var directory = Path.GetDirectoryName(output);
            if (directory is null || !Directory.Exists(directory))
            {
                return;
            }

            foreach (var stale in Directory.EnumerateFiles(directory, "." + Path.GetFileName(output) + ".*.part"))
            {
                try
                {
                    File.Delete(stale);
                }
                catch (IOException)
                {
                    // Harmless: the next run tries again.
                }
            }
        }

        private async Task CollectDownloadsAsync()
        {
            foreach (var task in _downloads.Keys.Where(t => t.IsCompleted).ToList())
            {
                var job = _downloads[task];
                _downloads.Remove(task);
                try
                {
                    await task.ConfigureAwait(false);
                    Finish(job, job.CreatedInThisRun ? SceneResult.Rendered : SceneResult.Downloaded, null);
                    Report(job, RenderStage.Downloaded, "saved " + job.Plan.OutputPath);
                }
                catch (VideoGoneException gone)
                {
                    // Deleted on the server (or an emulator restarted): the only way to get the file is a new render.
                    Report(job, RenderStage.Recovering, gone.Message + "; rendering it again");
                    _createQueue.AddLast(job);
                    var hasher = new ContentHasher();
                    if (job.Plan.Scene!.LocalFiles.Any(f => !Store.State.Assets.ContainsKey(hasher.Hash(f.Value))))
                    {
                        Fail(job, gone.Message + " and its files are not uploaded in this run; run again to render it");
                        _createQueue.Remove(job);
                    }
                }
                catch (Exception ex) when (ex is HeyGenDownloadException or HeyGenApiException or IOException or UnauthorizedAccessException && ex is not HeyGenApiException { StatusCode: 401 or 403 })
                {
                    // The render is done and recorded: the next run downloads it without rendering again.
                    Finish(job, SceneResult.Failed, "download failed: " + ex.Message);
                    Report(job, RenderStage.Failed, "download failed: " + ex.Message);
                }
            }
        }

        private void Fail(RenderJob job, string error)
        {
            job.Transition(Store, r =>
            {
                r.Status = SceneStatus.Failed;
                r.Error = error;
            });
            Finish(job, SceneResult.Failed, error);
            Report(job, RenderStage.Failed, error);
        }

        private void Finish(RenderJob job, SceneResult result, string? error)
        {
            job.Outcome = new SceneOutcome(job.Id, job.Plan.Action, result, job.Record.VideoId, job.Plan.OutputPath, error);
            _finished++;
        }

        private void Report(RenderJob? job, RenderStage stage, string message) =>
            Options.Progress?.Report(new RenderEvent(job?.Id ?? string.Empty, stage, message, _finished, _total, Busy));

        private DateTimeOffset Now() => _owner._clock.GetUtcNow();

        /// <summary>Transport faults, timeouts and 5xx: the server may have acted.</summary>
        private static bool IsAmbiguous(HeyGenApiException ex) => ex.Kind is HeyGenErrorKind.Transport or HeyGenErrorKind.Timeout || ex.StatusCode >= 500;

        /// <summary>Authentication and configuration problems end the run: every other call would fail the same way.</summary>
        private static bool IsFatal(HeyGenApiException ex) => ex.Kind == HeyGenErrorKind.Configuration || ex.StatusCode is 401 or 403;
    }

    private sealed class VideoGoneException : Exception
    {
        public VideoGoneException(string videoId)
            : base("video " + videoId + " no longer exists on the server")
        {
        }
    }
}
