using System.Diagnostics;
using Acme.VideoStudio;
using Acme.VideoStudio.HeyGen;

// A short HeyGen flow with the client this project generates from openapi/heygen.openapi.yaml:
// list avatars, create a video, wait for it, download it.
//
//   dotnet run -- --emulator path/to/HeyGen.Emulator.dll [--out DIR]   starts the standalone emulator as a child process
//   dotnet run -- --base-url https://api.heygen.com [--out DIR]        uses STUDIO_HEYGEN_KEY from the environment
//
// Exit code 0 when the video was rendered and downloaded, 1 on any failure, 2 on bad arguments.
var arguments = ConsumerArguments.Parse(args);
if (arguments is null)
{
    await Console.Error.WriteLineAsync(ConsumerArguments.Usage);
    return 2;
}

using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
EmulatorProcess? emulator = null;
try
{
    Uri baseUrl;
    string? apiKey = null;
    if (arguments.EmulatorDll is { } dll)
    {
        emulator = await EmulatorProcess.StartAsync(dll, timeout.Token);
        (baseUrl, apiKey) = (emulator.BaseUrl, emulator.ApiKey);
        Console.WriteLine("Emulator started at " + baseUrl);
    }
    else
    {
        baseUrl = arguments.BaseUrl!;
    }

    // ApiKey null: the generated client reads STUDIO_HEYGEN_KEY (the ApiKeyVariable set in the project file).
    using var client = new StudioClient(new StudioClientOptions { BaseAddress = baseUrl, ApiKey = apiKey });
    var flow = new VideoFlow(client, arguments.OutputDirectory);
    var file = await flow.RunAsync(timeout.Token);
    Console.WriteLine("Done: " + file);
    return 0;
}
catch (StudioApiException ex)
{
    await Console.Error.WriteLineAsync("HeyGen API error: " + ex.Message);
    return 1;
}
catch (Exception ex) when (ex is InvalidOperationException or IOException or HttpRequestException or OperationCanceledException)
{
    await Console.Error.WriteLineAsync("Failed: " + ex.Message);
    return 1;
}
finally
{
    if (emulator is not null)
    {
        await emulator.DisposeAsync();
    }
}

namespace Acme.VideoStudio
{
    /// <summary>Command-line arguments of the example.</summary>
    internal sealed record ConsumerArguments(string? EmulatorDll, Uri? BaseUrl, string OutputDirectory)
    {
        public const string Usage = "Usage: CSharpConsumer (--emulator <HeyGen.Emulator.dll> | --base-url <url>) [--out <directory>]";

        public static ConsumerArguments? Parse(IReadOnlyList<string> args)
        {
            string? emulator = null;
            Uri? baseUrl = null;
            var output = Path.Combine(Environment.CurrentDirectory, "out");
            for (var i = 0; i + 1 < args.Count; i += 2)
            {
                switch (args[i])
                {
                    case "--emulator":
                        emulator = Path.GetFullPath(args[i + 1]);
                        break;
                    case "--base-url" when Uri.TryCreate(args[i + 1], UriKind.Absolute, out var url):
                        baseUrl = url;
                        break;
                    case "--out":
                        output = Path.GetFullPath(args[i + 1]);
                        break;
                    default:
                        return null;
                }
            }

            return args.Count % 2 == 0 && (emulator is null) != (baseUrl is null) ? new ConsumerArguments(emulator, baseUrl, output) : null;
        }
    }

    /// <summary>List avatars, create a video with the first look, wait until it is rendered, download it.</summary>
    internal sealed class VideoFlow(StudioClient client, string outputDirectory)
    {
        public async Task<string> RunAsync(CancellationToken cancellationToken)
        {
            // 1. Avatars: the groups (characters), then the looks of the first group.
            var groups = await client.Avatars.ListAvatarGroupsAsync(limit: 10, cancellationToken: cancellationToken).ConfigureAwait(false);
            var group = groups.Data.Count > 0 ? groups.Data[0] : throw new InvalidOperationException("The account has no avatars.");
            Console.WriteLine($"Avatars: {groups.Data.Count} groups, first '{group.Name}' ({group.LooksCount} looks)");
            var looks = await client.Avatars.ListAvatarLooksAsync(groupId: group.Id, limit: 10, cancellationToken: cancellationToken).ConfigureAwait(false);
            var look = looks.Data.Count > 0 ? looks.Data[0] : throw new InvalidOperationException($"The avatar group '{group.Name}' has no looks.");
            Console.WriteLine($"Look: {look.Name} ({look.AvatarType})");

            // 2. Create a video: the v3 request is a union; this is its avatar variant.
            var created = await client.Videos.CreateVideoAsync(
                new CreateVideoFromAvatar
                {
                    AvatarId = look.Id,
                    VoiceId = look.DefaultVoiceId,
                    Script = "Hello from a C# project that generated its own HeyGen client.",
                    Title = "csharp-consumer example",
                    AspectRatio = AspectRatio._16_9,
                    Resolution = VideoResolution._720p,
                },
                cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"Created video {created.VideoId} ({created.Status})");

            // 3. Wait: poll the video until it is completed or failed.
            var watch = Stopwatch.StartNew();
            var delay = TimeSpan.FromMilliseconds(250);
            VideoDetail video;
            while (true)
            {
                video = await client.Videos.GetVideoAsync(created.VideoId, cancellationToken).ConfigureAwait(false);
                if (video.Status == VideoStatus.Completed)
                {
                    break;
                }

                if (video.Status == VideoStatus.Failed)
                {
                    throw new InvalidOperationException($"The video failed: {video.FailureCode} {video.FailureMessage}");
                }

                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5_000));
            }

            Console.WriteLine($"Completed after {watch.Elapsed.TotalSeconds:0.0} s: {video.Duration:0.0} s of video");

            // 4. Download the presigned URL to a file, through a temp file, and check it is an MP4.
            var url = video.VideoUrl ?? throw new InvalidOperationException("The completed video has no video_url.");
            Directory.CreateDirectory(outputDirectory);
            var target = Path.Combine(outputDirectory, created.VideoId + ".mp4");
            var temp = target + ".part";
            using (var http = new HttpClient())
            {
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                response.EnsureSuccessStatusCode();
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using var file = File.Create(temp);
                await body.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
            }

            var head = new byte[8];
            await using (var check = File.OpenRead(temp))
            {
                await check.ReadExactlyAsync(head, cancellationToken).ConfigureAwait(false);
            }

            if (head[4] != (byte)'f' || head[5] != (byte)'t' || head[6] != (byte)'y' || head[7] != (byte)'p')
            {
                File.Delete(temp);
                throw new InvalidOperationException("The download is not an MP4 file.");
            }

            File.Move(temp, target, overwrite: true);
            Console.WriteLine($"Downloaded {new FileInfo(target).Length:N0} bytes");
            return target;
        }
    }

    /// <summary>
    /// The standalone emulator as a child process: started with <c>dotnet HeyGen.Emulator.dll</c>, its URL and API key
    /// read from the one line it prints. Its output is passed on with the key masked. Disposing stops it.
    /// </summary>
    internal sealed partial class EmulatorProcess : IAsyncDisposable
    {
        private readonly Process _process;

        private EmulatorProcess(Process process, Uri baseUrl, string apiKey)
        {
            _process = process;
            BaseUrl = baseUrl;
            ApiKey = apiKey;
        }

        public Uri BaseUrl { get; }

        public string ApiKey { get; }

        public static async Task<EmulatorProcess> StartAsync(string emulatorDll, CancellationToken cancellationToken)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { emulatorDll, "--port", "0", "--speed", "20" })
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start the emulator.");
            try
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                wait.CancelAfter(TimeSpan.FromSeconds(60));
                while (true)
                {
                    var line = await process.StandardOutput.ReadLineAsync(wait.Token).ConfigureAwait(false)
                        ?? throw new InvalidOperationException("The emulator exited before printing its URL: " + await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
                    var match = ListeningLine().Match(line);
                    if (!match.Success)
                    {
                        continue;
                    }

                    var emulator = new EmulatorProcess(process, new Uri(match.Groups["url"].Value.TrimEnd('/') + "/"), match.Groups["key"].Value);
                    _ = emulator.PumpAsync(process.StandardOutput);
                    _ = emulator.PumpAsync(process.StandardError);
                    return emulator;
                }
            }
            catch
            {
                process.Kill(entireProcessTree: true);
                process.Dispose();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }

            _process.Dispose();
        }

        /// <summary>Passes the emulator's output on to stderr, never with the API key in it.</summary>
        private async Task PumpAsync(StreamReader reader)
        {
            try
            {
                while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
                {
                    await Console.Error.WriteLineAsync("[emulator] " + line.Replace(ApiKey, "***", StringComparison.Ordinal)).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
            {
                // The process went away while we were reading.
            }
        }

        [System.Text.RegularExpressions.GeneratedRegex(@"^HeyGen emulator listening on (?<url>https?://\S+) \(API key: (?<key>[^)\s]+)\)$")]
        private static partial System.Text.RegularExpressions.Regex ListeningLine();
    }
}
