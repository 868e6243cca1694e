namespace HeyGen.Automation;

/// <summary>
/// New-HeyGenVideo's bound parameters as plain strings (parameters, or CSV columns through Import-Csv): the
/// input of <see cref="VideoRequestBuilder"/>, which checks the combinations and builds the API request.
/// </summary>
public sealed class VideoRequestSpec
{
    public string? AvatarId { get; set; }

    public string? ImageUrl { get; set; }

    public string? ImageAssetId { get; set; }

    public string? Script { get; set; }

    public string? VoiceId { get; set; }

    public string? AudioUrl { get; set; }

    public string? AudioAssetId { get; set; }

    /// <summary>A colour (<c>#RRGGBB</c>), an image URL, or an uploaded image's asset id.</summary>
    public string? Background { get; set; }

    /// <summary>720p, 1080p or 4k.</summary>
    public string? Resolution { get; set; }

    /// <summary>16:9, 9:16, 1:1, 4:5, 5:4 or auto.</summary>
    public string? AspectRatio { get; set; }

    /// <summary>mp4 or webm (webm: transparent background).</summary>
    public string? Format { get; set; }

    public string? Title { get; set; }

    public string? CallbackId { get; set; }

    public string? CallbackUrl { get; set; }
}
