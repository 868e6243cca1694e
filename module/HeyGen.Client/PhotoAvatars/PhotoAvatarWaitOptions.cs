namespace HeyGen;

/// <summary>How the photo avatar helpers poll photo/look generations and group training.</summary>
public sealed class PhotoAvatarWaitOptions
{
    /// <summary>Time between two status polls (generations take tens of seconds, training minutes).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Give up after this long per wait (a <see cref="TimeoutException"/>). Null waits until cancelled.</summary>
    public TimeSpan? Timeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The clock polls wait on; null uses the client's <see cref="HeyGenClientOptions.TimeProvider"/>.</summary>
    public TimeProvider? TimeProvider { get; set; }
}
