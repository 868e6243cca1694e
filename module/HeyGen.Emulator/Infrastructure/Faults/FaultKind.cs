namespace HeyGen.Emulator;

/// <summary>What an injected fault does to a request.</summary>
public enum FaultKind
{
    /// <summary>429 with <c>Retry-After</c> (<see cref="FaultRule.RetryAfterSeconds"/>), in the route's envelope.</summary>
    RateLimit,

    /// <summary>500/502/503 (<see cref="FaultRule.StatusCode"/>): a HeyGen-shaped body, or an HTML error page as a proxy would send (<see cref="FaultRule.Html"/>).</summary>
    ServerError,

    /// <summary>Closes the TCP connection without a response.</summary>
    DropConnection,

    /// <summary>Waits <see cref="FaultRule.Delay"/> (real time) before handling the request; a client that gives up aborts the wait.</summary>
    Delay,

    /// <summary>Sends the full Content-Length but only <see cref="FaultRule.TruncateFraction"/> of the body, then drops the connection.</summary>
    TruncateDownload,
}

/// <summary>When a fault fires relative to the route's handler.</summary>
public enum FaultTiming
{
    /// <summary>Before the handler: the request has no side effects (a create that answered 429/500 or was dropped created nothing).</summary>
    BeforeHandler,

    /// <summary>After the handler: its side effects happened (the video exists) but the response is lost or replaced — "created but response lost".</summary>
    AfterHandler,
}
