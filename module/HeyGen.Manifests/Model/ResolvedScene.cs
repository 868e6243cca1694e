namespace HeyGen.Manifests.Model;

/// <summary>A scene with defaults applied and every reference checked: exactly what will be requested.</summary>
public sealed class ResolvedScene
{
    public required string Id { get; init; }

    public required SourcePosition Position { get; init; }

    /// <summary>Set for avatar scenes; <see cref="Image"/> for image-to-video scenes.</summary>
    public string? Avatar { get; init; }

    public MediaSource? Image { get; init; }

    public string? Script { get; init; }

    public MediaSource? Audio { get; init; }

    public string? Voice { get; init; }

    /// <summary>A "#RRGGBB" colour, when the background is a colour.</summary>
    public string? BackgroundColor { get; init; }

    public MediaSource? BackgroundImage { get; init; }

    public string? Resolution { get; init; }

    public string? AspectRatio { get; init; }

    /// <summary>mp4 or webm.</summary>
    public string Format { get; init; } = "mp4";

    public bool Caption { get; init; }

    /// <summary>The title as the user wrote it (or the default); the render-key marker is added when submitting.</summary>
    public required string Title { get; init; }

    public double? Speed { get; init; }

    public double? Pitch { get; init; }

    /// <summary>The output file name inside the manifest's output folder.</summary>
    public string FileName => Id + "." + Format;

    /// <summary>Every local file the scene needs (to hash and upload).</summary>
    public IEnumerable<MediaSource> LocalFiles => new[] { Image, Audio, BackgroundImage }.Where(m => m is { IsUrl: false })!;
}
