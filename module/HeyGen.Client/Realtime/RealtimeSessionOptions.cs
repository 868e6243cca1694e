namespace HeyGen;

/// <summary>How the realtime helpers wait for a session to become ready and keep a text_stream session alive.</summary>
public sealed class RealtimeSessionOptions
{
    /// <summary>HeyGen closes a text_stream session after this long without new text (a documented default).</summary>
    public static readonly TimeSpan ServerIdleTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Time between two status polls while the session is <c>starting</c>.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Give up waiting for <c>ready</c> after this long (a <see cref="TimeoutException"/>). Null waits until cancelled.</summary>
    public TimeSpan? ReadyTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// text_stream only: when no text was pushed for this long, push <see cref="KeepAliveText"/> so the server's
    /// 30-second idle timeout does not close the session. Null or zero turns the keep-alive off.
    /// </summary>
    /// <remarks>20 s leaves a 10 s margin for a slow or retried request before the server's timeout.</remarks>
    public TimeSpan? KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The delta a keep-alive pushes. HeyGen has no dedicated ping for realtime sessions, only text pushes reset the
    /// idle timer. A lone period is valid text (HeyGen rejects blank text) that text-to-speech renders as a short pause.
    /// </summary>
    public string KeepAliveText { get; set; } = ".";

    /// <summary>
    /// The clock polls and keep-alives wait on; null uses the client's <see cref="HeyGenClientOptions.TimeProvider"/>.
    /// Tests pass the emulator's manual clock so that "31 seconds idle" takes no real time.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }
}
