using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HeyGen.Generator.Tests.Infrastructure;

/// <summary>One request exactly as the server received it.</summary>
internal sealed record RecordedRequest(string Method, string Path, string RawTarget, string QueryString, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);
}

/// <summary>
/// A real HTTP server (Kestrel on 127.0.0.1, a free port) that records every request and answers through a test's
/// handler, which also learns how many requests came before (to script retries).
/// </summary>
internal sealed class RecordingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private RecordingServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public RecordedRequest Single => Xunit.Assert.Single(Requests);

    /// <summary>Starts a server; <paramref name="respond"/> gets the request, its 0-based index, and the response to write.</summary>
    public static async Task<RecordingServer> StartAsync(Func<RecordedRequest, int, HttpResponse, Task> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new RecordingServer(app);
        var index = -1;
        app.Run(async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var request = new RecordedRequest(
                context.Request.Method,
                context.Request.Path.Value ?? string.Empty,
                context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? string.Empty,
                context.Request.QueryString.Value ?? string.Empty,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                buffer.ToArray());
            server._requests.Enqueue(request);
            await respond(request, Interlocked.Increment(ref index), context.Response);
        });
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.Single());
        return server;
    }

    /// <summary>A server that answers every request with the same JSON.</summary>
    public static Task<RecordingServer> JsonAsync(string json, int status = 200) =>
        StartAsync((_, _, response) => WriteJsonAsync(response, json, status));

    public static async Task WriteJsonAsync(HttpResponse response, string json, int status = 200)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        await response.WriteAsync(json);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
