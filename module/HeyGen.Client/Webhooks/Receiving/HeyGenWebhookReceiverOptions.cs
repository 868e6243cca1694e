namespace HeyGen;

/// <summary>Where a <see cref="HeyGenWebhookReceiver"/> listens and which secret its deliveries must be signed with.</summary>
public sealed class HeyGenWebhookReceiverOptions
{
    /// <summary>The endpoint's signing secret (returned when the endpoint was registered); can also be set later through <see cref="HeyGenWebhookReceiver.Secret"/>.</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>TCP port; 0 picks a free one (read it back from <see cref="HeyGenWebhookReceiver.Url"/>).</summary>
    public int Port { get; set; }

    /// <summary>
    /// Host name the listener binds to. <c>localhost</c> (the default) needs no administrator rights on Windows;
    /// <c>+</c> listens on every interface (behind a tunnel or a reverse proxy, for example).
    /// </summary>
    public string Host { get; set; } = "localhost";

    /// <summary>URL path deliveries are posted to; other paths answer 404.</summary>
    public string Path { get; set; } = "/heygen/webhook/";

    /// <summary>Larger bodies are refused with 413 without being read (HeyGen events are a few hundred bytes).</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;
}
