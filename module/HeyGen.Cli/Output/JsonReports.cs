using System.Text.Json.Serialization;

namespace HeyGen.Cli.Output;

// The --json shapes. Stable field names (snake_case) for scripts; one record per command.

/// <summary>A validation error.</summary>
public sealed record JsonError(string Code, string File, int Line, int Column, string Field, string Message, string? Fix);

/// <summary><c>validate --json</c>.</summary>
public sealed record JsonValidation(string Manifest, bool Valid, int Scenes, IReadOnlyList<JsonError> Errors);

/// <summary>One scene of a plan.</summary>
public sealed record JsonPlannedScene(string Id, string Action, string Reason, string? Output);

/// <summary><c>plan --json</c>, and the plan inside <c>render --json</c>.</summary>
public sealed record JsonPlan(string Manifest, string Summary, bool HasWork, IReadOnlyList<JsonPlannedScene> Scenes);

/// <summary>One scene's outcome.</summary>
public sealed record JsonSceneOutcome(string Id, string Action, string Result, string? VideoId, string? Output, string? Error);

/// <summary><c>render --json</c>.</summary>
public sealed record JsonRender(string Manifest, string Target, bool Succeeded, int Creates, int Uploads, double ElapsedSeconds, JsonPlan Plan, IReadOnlyList<JsonSceneOutcome> Scenes);

/// <summary>One scene's recorded state.</summary>
public sealed record JsonSceneState(string Id, string Status, string? VideoId, string? Output, int Attempts, string? Error, DateTimeOffset? CompletedAt, DateTimeOffset? DownloadedAt);

/// <summary><c>status --json</c>.</summary>
public sealed record JsonStatus(string Manifest, string StatePath, string? LockedBy, int Assets, IReadOnlyList<JsonSceneState> Scenes);

/// <summary>Any failure that ends a command early (exit codes 2-4).</summary>
public sealed record JsonFailure(string Error, int ExitCode, IReadOnlyList<JsonError>? Errors);

/// <summary>Source-generated serialization for the reports (no reflection, trimming-safe).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(JsonValidation))]
[JsonSerializable(typeof(JsonPlan))]
[JsonSerializable(typeof(JsonRender))]
[JsonSerializable(typeof(JsonStatus))]
[JsonSerializable(typeof(JsonFailure))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
