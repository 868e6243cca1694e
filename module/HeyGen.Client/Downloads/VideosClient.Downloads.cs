using System.Net;
using System.Security.Cryptography;
using HeyGen.Internal;

namespace HeyGen;

/// <summary>
/// Verified downloads: each transfer goes to a temporary file beside the target, is checked (length, media
/// signature), then renamed into place, so the target is either complete or absent. Expired URLs (HeyGen's
/// expire after 7 days) are replaced through a status call, which re-issues them.
/// </summary>
public sealed partial class VideosClient
{
    /// <summary>Downloads a finished video's file, fetching its current URLs first.</summary>
    public async Task<DownloadResult> DownloadAsync(string videoId, string path, VideoAsset asset = VideoAsset.Video, DownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(videoId, nameof(videoId));
        var video = await GetVideoAsync(videoId, cancellationToken).ConfigureAwait(false);
        return await DownloadAsync(video, path, asset, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Downloads a finished video's file using the URLs in <paramref name="video"/> (refreshed if they expired).</summary>
    public async Task<DownloadResult> DownloadAsync(VideoDetail video, string path, VideoAsset asset = VideoAsset.Video, DownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(video, nameof(video));
        Guard.NotNull(path, nameof(path));
        options ??= new DownloadOptions();
        var target = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(target) ?? ".";
        if (File.Exists(target) && !options.Overwrite)
        {
            throw new IOException("'" + target + "' already exists; allow overwriting (Overwrite / -Force) to replace it.");
        }

        Directory.CreateDirectory(directory);
        var url = UrlOf(video, asset);
        var refreshes = 0;
        var delay = options.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            var temp = Path.Combine(directory, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".part");
            try
            {
                var outcome = await TransferAsync(url, temp, asset, options, cancellationToken).ConfigureAwait(false);
                if (outcome.Expired)
                {
                    if (refreshes++ >= options.MaxUrlRefreshes)
                    {
                        throw new HeyGenDownloadException("The " + asset + " URL of video " + video.Id + " keeps being refused as expired (HTTP " + outcome.Status + ") even after " + options.MaxUrlRefreshes + " refreshes.");
                    }

                    video = await GetVideoAsync(video.Id, cancellationToken).ConfigureAwait(false);
                    url = UrlOf(video, asset);
                    attempt--;
                    continue;
                }

                MoveIntoPlace(temp, target, options.Overwrite);
                return new DownloadResult(target, outcome.Length, outcome.ContentType, outcome.Sha256!, attempt);
            }
            catch (Exception ex) when (IsTransient(ex) && attempt < options.MaxAttempts && !cancellationToken.IsCancellationRequested)
            {
                await Delays.WaitAsync(_transport.Clock, delay, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
            catch (Exception ex) when (IsTransient(ex))
            {
                throw new HeyGenDownloadException("Downloading the " + asset + " of video " + video.Id + " failed after " + attempt + " attempts: " + ex.Message, ex);
            }
            finally
            {
                TryDelete(temp);
            }
        }
    }

    private static Uri UrlOf(VideoDetail video, VideoAsset asset)
    {
        var url = asset switch
        {
            VideoAsset.Video => video.VideoUrl,
            VideoAsset.Thumbnail => video.ThumbnailUrl,
            VideoAsset.Gif => video.GifUrl,
            VideoAsset.Captions => video.SubtitleUrl,
            _ => video.CaptionedVideoUrl,
        };
        return url ?? throw new HeyGenDownloadException("Video " + video.Id + " (status " + video.Status + ") has no " + asset + " URL" + (video.Status == VideoStatus.Completed ? "." : "; wait until it is completed."));
    }

    private sealed class TransferOutcome
    {
        public bool Expired { get; init; }

        public int Status { get; init; }

        public long Length { get; init; }

        public string? ContentType { get; init; }

        public string? Sha256 { get; init; }
    }

    private sealed class TransientDownloadException : IOException
    {
        public TransientDownloadException(string message)
            : base(message)
        {
        }
    }

    /// <summary>One transfer into <paramref name="temp"/>. Presigned URLs carry their own authorization: no API key is sent.</summary>
    private async Task<TransferOutcome> TransferAsync(Uri url, string temp, VideoAsset asset, DownloadOptions options, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_transport.Options.DownloadTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        HttpResponseMessage response;
        try
        {
            response = await _transport.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientDownloadException("No response within the download timeout.");
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized or HttpStatusCode.Gone)
            {
                return new TransferOutcome { Expired = true, Status = status };
            }

            if (status == 429 || status >= 500)
            {
                throw new TransientDownloadException("The media server answered HTTP " + status + ".");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new HeyGenDownloadException("The media server answered HTTP " + status + " for " + Redacted(url) + ".");
            }

            var contentType = response.Content.Headers.ContentType?.MediaType;
            var expected = response.Content.Headers.ContentLength;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long written = 0;
            var head = new byte[16];
            var headLength = 0;
            try
            {
#if NET
                using var source = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
#else
                using var source = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
                using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                var buffer = new byte[81920];
                int read;
#if NET
                while ((read = await source.ReadAsync(buffer.AsMemory(), timeout.Token).ConfigureAwait(false)) > 0)
#else
                while ((read = await source.ReadAsync(buffer, 0, buffer.Length, timeout.Token).ConfigureAwait(false)) > 0)
#endif
                {
                    if (headLength < head.Length)
                    {
                        var take = Math.Min(read, head.Length - headLength);
                        Buffer.BlockCopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }

                    hash.AppendData(buffer, 0, read);
#if NET
                    await file.WriteAsync(buffer.AsMemory(0, read), timeout.Token).ConfigureAwait(false);
#else
                    await file.WriteAsync(buffer, 0, read, timeout.Token).ConfigureAwait(false);
#endif
                    written += read;
                }

                await file.FlushAsync(timeout.Token).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TransientDownloadException("The transfer did not finish within the download timeout.");
            }

            if (expected is long length && length != written)
            {
                throw new TransientDownloadException("The transfer ended after " + written + " of " + length + " bytes.");
            }

            if (written == 0)
            {
                throw new TransientDownloadException("The media server sent an empty body.");
            }

            if (options.VerifyContent && !MediaSignature.Matches(asset, new ReadOnlySpan<byte>(head, 0, headLength)))
            {
                throw new HeyGenDownloadException("The " + asset + " from " + Redacted(url) + " is not " + asset.ToString().ToLowerInvariant() + " media (content type " + (contentType ?? "none") + "); refusing to save it.");
            }

            return new TransferOutcome { Status = status, Length = written, ContentType = contentType, Sha256 = Hex(hash.GetHashAndReset()) };
        }
    }

    private static bool IsTransient(Exception ex) => ex is HttpRequestException or IOException;

    private static void MoveIntoPlace(string temp, string target, bool overwrite)
    {
#if NET
        File.Move(temp, target, overwrite);
#else
        if (overwrite && File.Exists(target))
        {
            File.Replace(temp, target, null);
        }
        else
        {
            File.Move(temp, target);
        }
#endif
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
            // A leftover .part file is harmless; the target was never touched.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }

    /// <summary>Presigned URLs carry credentials in their query string; messages show only the path.</summary>
    private static string Redacted(Uri url) => url.GetLeftPart(UriPartial.Path);

    private static string Hex(byte[] bytes)
    {
        var chars = new char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i * 2] = "0123456789abcdef"[b >> 4];
            chars[(i * 2) + 1] = "0123456789abcdef"[b & 0xF];
        }

        return new string(chars);
    }
}
