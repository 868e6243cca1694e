using System.Net;
using System.Security.Cryptography;
using HeyGen.Manifests.Events;

namespace HeyGen.Cli.Hosting;

/// <summary>
/// <c>render --webhook-listen</c>: a <see cref="HeyGenWebhookReceiver"/> on the given prefix (it verifies each
/// delivery's signature) feeding the renderer through a <see cref="WebhookVideoEventFeed"/>. Glue only: receiving
/// is the client's, the mapping to render events is the engine's.
/// </summary>
internal sealed class WebhookListener : IAsyncDisposable
{
    /// <summary>The variable the signing secret is read from unless <c>--webhook-secret-env</c> names another.</summary>
    public const string SecretVariable = "HEYGEN_WEBHOOK_SECRET";

    private readonly HeyGenWebhookReceiver _receiver;
    private readonly WebhookVideoEventFeed _feed;

    private WebhookListener(HeyGenWebhookReceiver receiver, WebhookVideoEventFeed feed)
    {
        _receiver = receiver;
        _feed = feed;
    }

    /// <summary>Where deliveries are accepted (the manifest's callback_url must reach it).</summary>
    public Uri Url => _receiver.Url;

    /// <summary>The events for <see cref="Manifests.Rendering.RenderOptions.VideoEvents"/>.</summary>
    public IVideoEventSource Events => _feed.Events;

    /// <summary>Video events passed to the renderer.</summary>
    public int Forwarded => _feed.Forwarded;

    /// <summary>Deliveries refused (unsigned, altered, signed with another secret, malformed).</summary>
    public int Refused => _receiver.Rejections.Count;

    /// <summary>
    /// Checks the options before anything starts: the prefix, and the signing secret, read from the named variable
    /// (default <see cref="SecretVariable"/>). With the embedded emulator and no secret, a fresh random one is used
    /// (the emulator then signs its callback deliveries with it). A real HeyGen account signs registered endpoints
    /// only, so without a secret every delivery would be refused: that is a configuration error.
    /// </summary>
    /// <exception cref="CliConfigurationException">A malformed prefix, or no secret when not on the emulator.</exception>
    public static HeyGenWebhookReceiverOptions Configure(CliConsole console, string prefix, string? secretVariable, bool emulator)
    {
        var name = string.IsNullOrWhiteSpace(secretVariable) ? SecretVariable : secretVariable!;
        var secret = console.Environment(name);
        if (string.IsNullOrEmpty(secret))
        {
            secret = emulator
                ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))
                : throw new CliConfigurationException(
                    "--webhook-listen needs the webhook signing secret in " + name + ": the listener refuses unsigned deliveries. "
                    + "HeyGen signs deliveries to registered webhook endpoints: register the public URL that reaches the listener "
                    + "(POST /v1/webhook/endpoint.add, events avatar_video.success and avatar_video.fail) and set " + name + " to the secret it returns.");
        }

        try
        {
            return WebhookListenPrefix.Parse(prefix, secret);
        }
        catch (FormatException e)
        {
            throw new CliConfigurationException("--webhook-listen: " + e.Message);
        }
    }

    /// <summary>Starts listening (see <see cref="Configure"/>) and feeding events.</summary>
    /// <exception cref="CliConfigurationException">The port cannot be used.</exception>
    public static WebhookListener Start(HeyGenWebhookReceiverOptions options)
    {
        HeyGenWebhookReceiver receiver;
        try
        {
            receiver = HeyGenWebhookReceiver.Start(options);
        }
        catch (HttpListenerException e)
        {
            throw new CliConfigurationException("--webhook-listen: cannot listen on http://" + options.Host + ":" + options.Port + options.Path + " (" + e.Message + "). Pick a free port, or a host this user may bind.");
        }

        return new WebhookListener(receiver, WebhookVideoEventFeed.Start(receiver));
    }

    /// <summary>
    /// Stops the feed, then the receiver (in that order: the receiver's <c>DisposeAsync</c> disposes its queue,
    /// which would strand a reader still waiting on it).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await _feed.DisposeAsync();
        await _receiver.DisposeAsync();
    }
}
