using System.Diagnostics;
using System.Globalization;
using System.Net.Http;

namespace HeyGen.Automation;

/// <summary>
/// Writes one verbose line before and after every HTTP call to the operation running on the current async flow
/// (<see cref="OperationChannel.Current"/>), redacted by <see cref="RequestRedactor"/>. Outside an operation it
/// stays silent, so the shared session client costs nothing when nobody listens.
/// </summary>
public sealed class RequestLogHandler : DelegatingHandler
{
    public RequestLogHandler(HttpMessageHandler inner)
        : base(inner)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var channel = OperationChannel.Current;
        if (channel is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        channel.Verbose("HTTP " + RequestRedactor.Describe(request));
        var watch = Stopwatch.StartNew();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            channel.Verbose("HTTP " + (int)response.StatusCode + " " + response.ReasonPhrase + " from " + request.Method.Method + " "
                + (request.RequestUri is null ? string.Empty : RequestRedactor.RedactUrl(request.RequestUri)) + " in " + Milliseconds(watch));
            return response;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            channel.Verbose("HTTP " + request.Method.Method + " failed after " + Milliseconds(watch) + ": " + ex.Message);
            throw;
        }
    }

    private static string Milliseconds(Stopwatch watch) => watch.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms";
}
