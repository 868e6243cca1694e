using System.Text.Json.Serialization;

namespace HeyGen.Benchmarks.Stj;

// Hand-written models equivalent to the generated ones, serialized by System.Text.Json's source generator: the
// baseline of the serialization and client benchmarks. Unions use STJ's polymorphism (the discriminator first, as
// every payload here has it; the generated converters also find it anywhere). Enums are C# enums with their wire names.

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CreateVideoRequest))]
[JsonSerializable(typeof(VideoDetail))]
[JsonSerializable(typeof(DataEnvelope<VideoDetail>))]
[JsonSerializable(typeof(AvatarGroupPage))]
public sealed partial class StjContext : JsonSerializerContext;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(CreateVideoFromAvatar), "avatar")]
[JsonDerivedType(typeof(CreateVideoFromImage), "image")]
public abstract class CreateVideoRequest;

public sealed class CreateVideoFromAvatar : CreateVideoRequest
{
    [JsonPropertyName("avatar_id")] public required string AvatarId { get; set; }
    [JsonPropertyName("script")] public string? Script { get; set; }
    [JsonPropertyName("voice_id")] public string? VoiceId { get; set; }
    [JsonPropertyName("audio_url")] public Uri? AudioUrl { get; set; }
    [JsonPropertyName("audio_asset_id")] public string? AudioAssetId { get; set; }
    [JsonPropertyName("engine")] public VideoEngineConfig? Engine { get; set; }
    [JsonPropertyName("voice_settings")] public VoiceSettings? VoiceSettings { get; set; }
    [JsonPropertyName("background")] public VideoBackground? Background { get; set; }
    [JsonPropertyName("caption")] public CaptionSettings? Caption { get; set; }
    [JsonPropertyName("aspect_ratio")] public AspectRatio? AspectRatio { get; set; }
    [JsonPropertyName("resolution")] public VideoResolution? Resolution { get; set; }
    [JsonPropertyName("fit")] public VideoFit? Fit { get; set; }
    [JsonPropertyName("expressiveness")] public Expressiveness? Expressiveness { get; set; }
    [JsonPropertyName("motion_prompt")] public string? MotionPrompt { get; set; }
    [JsonPropertyName("output_format")] public OutputFormat? OutputFormat { get; set; }
    [JsonPropertyName("remove_background")] public bool? RemoveBackground { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("callback_id")] public string? CallbackId { get; set; }
    [JsonPropertyName("callback_url")] public Uri? CallbackUrl { get; set; }
    [JsonPropertyName("watermark")] public Watermark? Watermark { get; set; }
}

public sealed class CreateVideoFromImage : CreateVideoRequest
{
    [JsonPropertyName("image")] public required AssetInput Image { get; set; }
    [JsonPropertyName("script")] public string? Script { get; set; }
    [JsonPropertyName("voice_id")] public string? VoiceId { get; set; }
    [JsonPropertyName("audio_url")] public Uri? AudioUrl { get; set; }
    [JsonPropertyName("audio_asset_id")] public string? AudioAssetId { get; set; }
    [JsonPropertyName("voice_settings")] public VoiceSettings? VoiceSettings { get; set; }
    [JsonPropertyName("background")] public VideoBackground? Background { get; set; }
    [JsonPropertyName("caption")] public CaptionSettings? Caption { get; set; }
    [JsonPropertyName("aspect_ratio")] public AspectRatio? AspectRatio { get; set; }
    [JsonPropertyName("resolution")] public VideoResolution? Resolution { get; set; }
    [JsonPropertyName("fit")] public VideoFit? Fit { get; set; }
    [JsonPropertyName("expressiveness")] public Expressiveness? Expressiveness { get; set; }
    [JsonPropertyName("motion_prompt")] public string? MotionPrompt { get; set; }
    [JsonPropertyName("output_format")] public OutputFormat? OutputFormat { get; set; }
    [JsonPropertyName("remove_background")] public bool? RemoveBackground { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("callback_id")] public string? CallbackId { get; set; }
    [JsonPropertyName("callback_url")] public Uri? CallbackUrl { get; set; }
    [JsonPropertyName("watermark")] public Watermark? Watermark { get; set; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AvatarIIIEngineConfig), "avatar_iii")]
[JsonDerivedType(typeof(AvatarIVEngineConfig), "avatar_iv")]
[JsonDerivedType(typeof(AvatarVEngineConfig), "avatar_v")]
public abstract class VideoEngineConfig;

public sealed class AvatarIIIEngineConfig : VideoEngineConfig;

public sealed class AvatarIVEngineConfig : VideoEngineConfig;

public sealed class AvatarVEngineConfig : VideoEngineConfig
{
    [JsonPropertyName("reference_look_id")] public string? ReferenceLookId { get; set; }
}

public sealed class VoiceSettings
{
    [JsonPropertyName("speed")] public double? Speed { get; set; }
    [JsonPropertyName("pitch")] public double? Pitch { get; set; }
    [JsonPropertyName("volume")] public double? Volume { get; set; }
    [JsonPropertyName("locale")] public string? Locale { get; set; }
    [JsonPropertyName("engine_settings")] public VoiceEngineSettings? EngineSettings { get; set; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "engine_type")]
[JsonDerivedType(typeof(ElevenLabsEngineSettings), "elevenlabs")]
[JsonDerivedType(typeof(FishEngineSettings), "fish")]
[JsonDerivedType(typeof(StarfishEngineSettings), "starfish")]
public abstract class VoiceEngineSettings;

public sealed class ElevenLabsEngineSettings : VoiceEngineSettings
{
    [JsonPropertyName("model")] public ElevenLabsModel? Model { get; set; }
    [JsonPropertyName("stability")] public double? Stability { get; set; }
    [JsonPropertyName("similarity_boost")] public double? SimilarityBoost { get; set; }
    [JsonPropertyName("style")] public double? Style { get; set; }
    [JsonPropertyName("use_speaker_boost")] public bool? UseSpeakerBoost { get; set; }
}

public sealed class FishEngineSettings : VoiceEngineSettings
{
    [JsonPropertyName("model")] public FishModel? Model { get; set; }
    [JsonPropertyName("stability")] public double? Stability { get; set; }
    [JsonPropertyName("similarity")] public double? Similarity { get; set; }
}

public sealed class StarfishEngineSettings : VoiceEngineSettings;

public sealed class VideoBackground
{
    [JsonPropertyName("type")] public required BackgroundType Type { get; set; }
    [JsonPropertyName("value")] public string? Value { get; set; }
    [JsonPropertyName("url")] public Uri? Url { get; set; }
    [JsonPropertyName("asset_id")] public string? AssetId { get; set; }
}

public sealed class CaptionSettings
{
    [JsonPropertyName("file_format")] public CaptionFileFormat? FileFormat { get; set; }
    [JsonPropertyName("style")] public CaptionStyle? Style { get; set; }
}

public sealed class Watermark
{
    [JsonPropertyName("image")] public required AssetInput Image { get; set; }
    [JsonPropertyName("opacity")] public double? Opacity { get; set; }
    [JsonPropertyName("scale")] public double? Scale { get; set; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AssetUrl), "url")]
[JsonDerivedType(typeof(AssetId), "asset_id")]
[JsonDerivedType(typeof(AssetBase64), "base64")]
public abstract class AssetInput;

public sealed class AssetUrl : AssetInput
{
    [JsonPropertyName("url")] public required Uri Url { get; set; }
}

public sealed class AssetId : AssetInput
{
    [JsonPropertyName("asset_id")] public required string Id { get; set; }
}

public sealed class AssetBase64 : AssetInput
{
    [JsonPropertyName("media_type")] public required string MediaType { get; set; }
    [JsonPropertyName("data")] public required string Data { get; set; }
}

public sealed class VideoDetail
{
    [JsonPropertyName("id")] public required string Id { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("status")] public required VideoStatus Status { get; set; }
    [JsonPropertyName("created_at")] public long? CreatedAt { get; set; }
    [JsonPropertyName("completed_at")] public long? CompletedAt { get; set; }
    [JsonPropertyName("duration")] public double? Duration { get; set; }
    [JsonPropertyName("video_url")] public Uri? VideoUrl { get; set; }
    [JsonPropertyName("captioned_video_url")] public Uri? CaptionedVideoUrl { get; set; }
    [JsonPropertyName("thumbnail_url")] public Uri? ThumbnailUrl { get; set; }
    [JsonPropertyName("gif_url")] public Uri? GifUrl { get; set; }
    [JsonPropertyName("subtitle_url")] public Uri? SubtitleUrl { get; set; }
    [JsonPropertyName("video_page_url")] public Uri? VideoPageUrl { get; set; }
    [JsonPropertyName("folder_id")] public string? FolderId { get; set; }
    [JsonPropertyName("output_language")] public string? OutputLanguage { get; set; }
    [JsonPropertyName("failure_code")] public string? FailureCode { get; set; }
    [JsonPropertyName("failure_message")] public string? FailureMessage { get; set; }
}

public sealed class DataEnvelope<T>
{
    [JsonPropertyName("data")] public required T Data { get; set; }
}

public sealed class AvatarGroupPage
{
    [JsonPropertyName("data")] public required List<AvatarGroup> Data { get; set; }
    [JsonPropertyName("has_more")] public bool HasMore { get; set; }
    [JsonPropertyName("next_token")] public string? NextToken { get; set; }
}

public sealed class AvatarGroup
{
    [JsonPropertyName("id")] public required string Id { get; set; }
    [JsonPropertyName("name")] public required string Name { get; set; }
    [JsonPropertyName("created_at")] public long CreatedAt { get; set; }
    [JsonPropertyName("looks_count")] public int LooksCount { get; set; }
    [JsonPropertyName("gender")] public string? Gender { get; set; }
    [JsonPropertyName("default_voice_id")] public string? DefaultVoiceId { get; set; }
    [JsonPropertyName("preview_image_url")] public Uri? PreviewImageUrl { get; set; }
    [JsonPropertyName("preview_video_url")] public Uri? PreviewVideoUrl { get; set; }
    [JsonPropertyName("status")] public AvatarGroupStatus? Status { get; set; }
    [JsonPropertyName("consent_status")] public string? ConsentStatus { get; set; }
    [JsonPropertyName("error")] public AvatarError? Error { get; set; }
}

public sealed class AvatarError
{
    [JsonPropertyName("code")] public required string Code { get; set; }
    [JsonPropertyName("message")] public required string Message { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<AspectRatio>))]
public enum AspectRatio
{
    [JsonStringEnumMemberName("16:9")] Landscape,
    [JsonStringEnumMemberName("9:16")] Portrait,
    [JsonStringEnumMemberName("4:5")] FourFive,
    [JsonStringEnumMemberName("5:4")] FiveFour,
    [JsonStringEnumMemberName("1:1")] Square,
    [JsonStringEnumMemberName("auto")] Auto,
}

[JsonConverter(typeof(JsonStringEnumConverter<VideoResolution>))]
public enum VideoResolution
{
    [JsonStringEnumMemberName("4k")] FourK,
    [JsonStringEnumMemberName("1080p")] FullHd,
    [JsonStringEnumMemberName("720p")] Hd,
}

[JsonConverter(typeof(JsonStringEnumConverter<VideoFit>))]
public enum VideoFit
{
    [JsonStringEnumMemberName("contain")] Contain,
    [JsonStringEnumMemberName("cover")] Cover,
}

[JsonConverter(typeof(JsonStringEnumConverter<Expressiveness>))]
public enum Expressiveness
{
    [JsonStringEnumMemberName("high")] High,
    [JsonStringEnumMemberName("medium")] Medium,
    [JsonStringEnumMemberName("low")] Low,
}

[JsonConverter(typeof(JsonStringEnumConverter<OutputFormat>))]
public enum OutputFormat
{
    [JsonStringEnumMemberName("mp4")] Mp4,
    [JsonStringEnumMemberName("webm")] Webm,
}

[JsonConverter(typeof(JsonStringEnumConverter<BackgroundType>))]
public enum BackgroundType
{
    [JsonStringEnumMemberName("color")] Color,
    [JsonStringEnumMemberName("image")] Image,
}

[JsonConverter(typeof(JsonStringEnumConverter<CaptionFileFormat>))]
public enum CaptionFileFormat
{
    [JsonStringEnumMemberName("srt")] Srt,
}

[JsonConverter(typeof(JsonStringEnumConverter<CaptionStyle>))]
public enum CaptionStyle
{
    [JsonStringEnumMemberName("default")] Default,
}

[JsonConverter(typeof(JsonStringEnumConverter<ElevenLabsModel>))]
public enum ElevenLabsModel
{
    [JsonStringEnumMemberName("eleven_multilingual_v2")] MultilingualV2,
    [JsonStringEnumMemberName("eleven_turbo_v2_5")] TurboV25,
    [JsonStringEnumMemberName("eleven_flash_v2_5")] FlashV25,
    [JsonStringEnumMemberName("eleven_v3")] V3,
}

[JsonConverter(typeof(JsonStringEnumConverter<FishModel>))]
public enum FishModel
{
    [JsonStringEnumMemberName("s1")] S1,
    [JsonStringEnumMemberName("s2-pro")] S2Pro,
}

[JsonConverter(typeof(JsonStringEnumConverter<VideoStatus>))]
public enum VideoStatus
{
    [JsonStringEnumMemberName("pending")] Pending,
    [JsonStringEnumMemberName("processing")] Processing,
    [JsonStringEnumMemberName("completed")] Completed,
    [JsonStringEnumMemberName("failed")] Failed,
}

[JsonConverter(typeof(JsonStringEnumConverter<AvatarGroupStatus>))]
public enum AvatarGroupStatus
{
    [JsonStringEnumMemberName("processing")] Processing,
    [JsonStringEnumMemberName("pending_consent")] PendingConsent,
    [JsonStringEnumMemberName("failed")] Failed,
    [JsonStringEnumMemberName("completed")] Completed,
}
