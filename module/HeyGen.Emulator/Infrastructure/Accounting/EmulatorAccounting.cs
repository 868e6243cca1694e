using HeyGen.Emulator.Infrastructure;

namespace HeyGen.Emulator;

/// <summary>
/// What a real account would have been billed and asked, so tests and benchmarks can prove "never paid twice":
/// creates (total and per normalized request), completed videos and billed seconds, requests per operationId and
/// per status code, downloads, uploads and webhook deliveries. Thread-safe; every read returns a copy.
/// Also served as JSON at <c>GET /_emulator/accounting</c>.
/// </summary>
public sealed class EmulatorAccounting
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _createsByRequest = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _requestsByOperation = new(StringComparer.Ordinal);
    private readonly Dictionary<int, long> _requestsByStatus = [];
    private readonly Dictionary<string, DownloadCount> _downloadsByVideo = new(StringComparer.Ordinal);
    private long _creates;
    private long _completed;
    private long _failed;
    private double _videoSeconds;
    private double _realtimeSeconds;
    private double _streamingSeconds;
    private long _requests;
    private long _downloads;
    private long _downloadBytes;
    private long _uploads;
    private long _uploadBytes;
    private long _webhookDeliveries;
    private long _webhookFailures;

    /// <summary>Videos created (every source: v3, batch items as they start, v2, v1 WebM; test videos too).</summary>
    public long CreatesTotal => Read(() => _creates);

    /// <summary>Creates per request hash (<see cref="RequestHash"/> of each created video's request). A value above 1 means the same request was paid for more than once.</summary>
    public IReadOnlyDictionary<string, int> CreatesByRequestHash => Read(() => new Dictionary<string, int>(_createsByRequest, StringComparer.Ordinal));

    /// <summary>Videos that reached <c>completed</c>.</summary>
    public long VideosCompleted => Read(() => _completed);

    /// <summary>Videos that reached <c>failed</c>.</summary>
    public long VideosFailed => Read(() => _failed);

    /// <summary>Seconds of completed, non-test videos.</summary>
    public double VideoSeconds => Read(() => _videoSeconds);

    /// <summary>Seconds of closed v3 realtime sessions (billed per second of session duration).</summary>
    public double RealtimeSeconds => Read(() => _realtimeSeconds);

    /// <summary>Seconds of closed v1 streaming sessions.</summary>
    public double StreamingSeconds => Read(() => _streamingSeconds);

    /// <summary>Everything billed: <see cref="VideoSeconds"/> + <see cref="RealtimeSeconds"/> + <see cref="StreamingSeconds"/>.</summary>
    public double BilledSeconds => Read(() => _videoSeconds + _realtimeSeconds + _streamingSeconds);

    /// <summary>Every request the emulator answered (or dropped), including faulted ones.</summary>
    public long RequestsTotal => Read(() => _requests);

    /// <summary>Requests per spec operationId; media downloads count as <c>media</c>, the emulator's own routes as <c>_emulator.*</c>, unknown routes as <c>unknown</c>.</summary>
    public IReadOnlyDictionary<string, long> RequestsByOperation => Read(() => new Dictionary<string, long>(_requestsByOperation, StringComparer.Ordinal));

    /// <summary>Requests per HTTP status; connections dropped without a response count under 0.</summary>
    public IReadOnlyDictionary<int, long> RequestsByStatus => Read(() => new Dictionary<int, long>(_requestsByStatus));

    /// <summary>GETs of video media (video, thumbnail, GIF, captions), including truncated ones.</summary>
    public long Downloads => Read(() => _downloads);

    /// <summary>Bytes of video media actually sent.</summary>
    public long DownloadBytes => Read(() => _downloadBytes);

    /// <summary>Downloads and bytes per video id.</summary>
    public IReadOnlyDictionary<string, DownloadCount> DownloadsByVideo => Read(() => new Dictionary<string, DownloadCount>(_downloadsByVideo, StringComparer.Ordinal));

    /// <summary>Asset uploads (v1 and v3).</summary>
    public long Uploads => Read(() => _uploads);

    /// <summary>Bytes uploaded.</summary>
    public long UploadBytes => Read(() => _uploadBytes);

    /// <summary>Webhook delivery attempts (registered endpoints and callback URLs, retries included).</summary>
    public long WebhookDeliveries => Read(() => _webhookDeliveries);

    /// <summary>Delivery attempts that did not get a 2xx.</summary>
    public long WebhookDeliveriesFailed => Read(() => _webhookFailures);

    /// <summary>The hash accounting uses for a create request: SHA-256 (hex) of its canonical JSON (members sorted, no whitespace).</summary>
    public static string RequestHash(string requestJson)
    {
        ArgumentNullException.ThrowIfNull(requestJson);
        return CanonicalJson.Hash(Encoding.UTF8.GetBytes(requestJson));
    }

    /// <summary>Requests seen for one operationId.</summary>
    public long Requests(string operationId) => Read(() => _requestsByOperation.GetValueOrDefault(operationId));

    /// <summary>How many videos were created from requests with this hash (see <see cref="RequestHash"/>).</summary>
    public int CreatesFor(string requestHash) => Read(() => _createsByRequest.GetValueOrDefault(requestHash));

    internal void RecordRequest(string operationId, int status)
    {
        lock (_gate)
        {
            _requests++;
            _requestsByOperation[operationId] = _requestsByOperation.GetValueOrDefault(operationId) + 1;
            _requestsByStatus[status] = _requestsByStatus.GetValueOrDefault(status) + 1;
        }
    }

    internal void RecordCreate(string requestHash)
    {
        lock (_gate)
        {
            _creates++;
            _createsByRequest[requestHash] = _createsByRequest.GetValueOrDefault(requestHash) + 1;
        }
    }

    internal void RecordVideoTerminal(bool completed, double seconds, bool billed)
    {
        lock (_gate)
        {
            if (completed)
            {
                _completed++;
                if (billed)
                {
                    _videoSeconds += seconds;
                }
            }
            else
            {
                _failed++;
            }
        }
    }

    internal void RecordRealtime(double seconds)
    {
        lock (_gate)
        {
            _realtimeSeconds += seconds;
        }
    }

    internal void RecordStreaming(double seconds)
    {
        lock (_gate)
        {
            _streamingSeconds += seconds;
        }
    }

    internal void RecordDownload(string videoId, long bytes)
    {
        lock (_gate)
        {
            _downloads++;
            _downloadBytes += bytes;
            var current = _downloadsByVideo.GetValueOrDefault(videoId);
            _downloadsByVideo[videoId] = new DownloadCount(current.Count + 1, current.Bytes + bytes);
        }
    }

    internal void RecordUpload(long bytes)
    {
        lock (_gate)
        {
            _uploads++;
            _uploadBytes += bytes;
        }
    }

    internal void RecordWebhook(bool succeeded)
    {
        lock (_gate)
        {
            _webhookDeliveries++;
            if (!succeeded)
            {
                _webhookFailures++;
            }
        }
    }

    internal void Reset()
    {
        lock (_gate)
        {
            _createsByRequest.Clear();
            _requestsByOperation.Clear();
            _requestsByStatus.Clear();
            _downloadsByVideo.Clear();
            _creates = _completed = _failed = _requests = _downloads = _downloadBytes = _uploads = _uploadBytes = _webhookDeliveries = _webhookFailures = 0;
            _videoSeconds = _realtimeSeconds = _streamingSeconds = 0;
        }
    }

    /// <summary>The snake_case JSON served by <c>GET /_emulator/accounting</c>.</summary>
    internal void WriteJson(Utf8JsonWriter writer)
    {
        lock (_gate)
        {
            writer.WriteStartObject();
            writer.WriteNumber("creates_total", _creates);
            writer.WriteStartObject("creates_by_request");
            foreach (var (hash, count) in _createsByRequest.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteNumber(hash, count);
            }

            writer.WriteEndObject();
            writer.WriteNumber("videos_completed", _completed);
            writer.WriteNumber("videos_failed", _failed);
            writer.WriteNumber("billed_seconds", _videoSeconds + _realtimeSeconds + _streamingSeconds);
            writer.WriteNumber("video_seconds", _videoSeconds);
            writer.WriteNumber("realtime_seconds", _realtimeSeconds);
            writer.WriteNumber("streaming_seconds", _streamingSeconds);
            writer.WriteNumber("requests_total", _requests);
            writer.WriteStartObject("requests_by_operation");
            foreach (var (operation, count) in _requestsByOperation.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteNumber(operation, count);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("requests_by_status");
            foreach (var (status, count) in _requestsByStatus.OrderBy(p => p.Key))
            {
                writer.WriteNumber(status.ToString(CultureInfo.InvariantCulture), count);
            }

            writer.WriteEndObject();
            writer.WriteNumber("downloads", _downloads);
            writer.WriteNumber("download_bytes", _downloadBytes);
            writer.WriteStartObject("downloads_by_video");
            foreach (var (video, count) in _downloadsByVideo.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteStartObject(video);
                writer.WriteNumber("count", count.Count);
                writer.WriteNumber("bytes", count.Bytes);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteNumber("uploads", _uploads);
            writer.WriteNumber("upload_bytes", _uploadBytes);
            writer.WriteNumber("webhook_deliveries", _webhookDeliveries);
            writer.WriteNumber("webhook_deliveries_failed", _webhookFailures);
            writer.WriteEndObject();
        }
    }

    private T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }
}

/// <summary>Downloads of one video: how many GETs and how many bytes were sent.</summary>
public readonly record struct DownloadCount(long Count, long Bytes);
