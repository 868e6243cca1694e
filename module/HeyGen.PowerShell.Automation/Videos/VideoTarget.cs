namespace HeyGen.Automation;

/// <summary>The ShouldProcess target text of New-HeyGenVideo: what would be rendered, briefly.</summary>
public static class VideoTarget
{
    private const int ScriptPreview = 40;

    public static string Describe(VideoRequestSpec spec)
    {
        var subject = spec.AvatarId is { Length: > 0 } ? "avatar " + spec.AvatarId : "image " + (spec.ImageUrl ?? spec.ImageAssetId);
        var speech = spec.Script is { Length: > 0 } script
            ? "'" + (script.Length > ScriptPreview ? script.Substring(0, ScriptPreview) + "..." : script) + "'"
            : "audio " + (spec.AudioUrl ?? spec.AudioAssetId);
        return subject + " saying " + speech + (spec.Title is { Length: > 0 } ? " (" + spec.Title + ")" : string.Empty);
    }
}
