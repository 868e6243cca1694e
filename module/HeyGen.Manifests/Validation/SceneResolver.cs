using System.Globalization;
using System.Text.RegularExpressions;
using HeyGen.Manifests.Loading;
using HeyGen.Manifests.Model;

namespace HeyGen.Manifests.Validation;

/// <summary>
/// Applies defaults and checks what the schema cannot: exclusive fields (script/audio, avatar/image), values
/// produced by row expansion, duplicate ids, and files (present, inside the manifest's folder).
/// </summary>
public static class SceneResolver
{
    private static readonly Regex IdPattern = new("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static IReadOnlyList<ResolvedScene> Resolve(ManifestDocument document, List<ManifestError> errors, ManifestSchema? schema = null)
    {
        schema ??= ManifestSchema.Default;
        var resolved = new List<ResolvedScene>(document.Scenes.Count);
        var seen = new Dictionary<string, SourcePosition>(StringComparer.OrdinalIgnoreCase);
        foreach (var draft in document.Scenes)
        {
            var scene = ResolveScene(document, draft, errors, schema);
            if (scene is null)
            {
                continue;
            }

            // Ids name files: compare case-insensitively so two scenes never share an output file on any OS.
            if (seen.TryGetValue(scene.Id, out var first))
            {
                errors.Add(Error(ErrorCodes.DuplicateId, draft["id"]!.Position, draft.Path + ".id", "The id '" + scene.Id + "'" + RowNote(draft["id"]!.Position) + " is already used at " + first + ".", "ids must be unique (they name the output files); with rows, include a unique column, e.g. id: \"hello-{{ email }}\"."));
                continue;
            }

            seen[scene.Id] = draft["id"]!.Position;
            resolved.Add(scene);
        }

        return resolved;
    }

    private static ResolvedScene? ResolveScene(ManifestDocument document, SceneDraft draft, List<ManifestError> errors, ManifestSchema schema)
    {
        var before = errors.Count;
        // A scene's own value wins; an explicit null in the scene drops the default; defaults' nulls mean nothing.
        FieldValue? Get(string name) => draft[name] is { } own
            ? (own.IsNull ? null : own)
            : document.Defaults.TryGetValue(name, out var value) && !value.IsNull ? value : null;
        string Path(string name) => draft.Path + "." + name;

        var idField = draft["id"];
        if (idField?.AsString is not { } id)
        {
            return null; // reported by the schema check
        }

        if (!IdPattern.IsMatch(id))
        {
            errors.Add(Error(ErrorCodes.InvalidId, idField.Position, Path("id"), "The id '" + id + "'" + RowNote(idField.Position) + " is not a valid file name.", "use letters, digits, '.', '_' and '-', starting with a letter or digit."));
        }

        // Values that came from CSV rows were not checked by the schema (they were templates then).
        foreach (var pair in draft.Fields)
        {
            CheckExpanded(pair.Key, pair.Value, null, draft, errors, schema);
        }

        var avatar = Get("avatar");
        var image = Get("image");
        var script = Get("script");
        var audio = Get("audio");
        Exclusive(draft, avatar, image, "avatar", "image", "an avatar scene needs 'avatar', an image-to-video scene needs 'image'", errors);
        Exclusive(draft, script, audio, "script", "audio", "the avatar either speaks 'script' or lip-syncs to 'audio'", errors);
        var format = Get("format")?.AsString ?? "mp4";
        var background = Get("background")?.AsMap;
        if (format == "webm" && background is not null)
        {
            errors.Add(Error(ErrorCodes.ConflictingFields, (Get("background") ?? draft["format"])!.Position, Path("background"), "'background' cannot be used with format webm: WebM renders have a transparent background.", "remove 'background' (in a scene, 'background: ~' drops the default), or use format mp4."));
        }

        if (image is not null && script is not null && Get("voice") is null)
        {
            errors.Add(Error(ErrorCodes.MissingField, image.Position, Path("voice"), "An image-to-video scene with a script needs a 'voice'.", "add 'voice:' to the scene or to defaults."));
        }

        var imageSource = File(document, image, Path("image"), errors);
        var audioSource = File(document, audio, Path("audio"), errors);
        var backgroundImage = File(document, background is not null && background.TryGetValue("image", out var bg) ? bg : null, Path("background.image"), errors);
        if (errors.Count > before)
        {
            return null;
        }

        return new ResolvedScene
        {
            Id = id,
            Position = draft.Position,
            Avatar = avatar?.AsString,
            Image = imageSource,
            Script = script?.AsString,
            Audio = audioSource,
            Voice = Get("voice")?.AsString,
            BackgroundColor = background is not null && background.TryGetValue("color", out var color) ? color.AsString?.ToUpperInvariant() : null,
            BackgroundImage = backgroundImage,
            Resolution = Get("resolution")?.AsString,
            AspectRatio = Get("aspect_ratio")?.AsString,
            Format = format,
            Caption = Get("caption")?.Value is true,
            Title = Get("title")?.AsString ?? document.Name + " / " + id,
            Speed = Get("speed")?.Value as double?,
            Pitch = Get("pitch")?.Value as double?,
        };
    }

    private static void CheckExpanded(string key, FieldValue value, string? parent, SceneDraft draft, List<ManifestError> errors, ManifestSchema schema)
    {
        if (value.Position.RowFile is null || key is "id" or "rows")
        {
            return;
        }

        if (value.AsMap is { } nested)
        {
            foreach (var pair in nested)
            {
                CheckExpanded(pair.Key, pair.Value, key, draft, errors, schema);
            }

            return;
        }

        if (value.AsString is not { } text)
        {
            return;
        }

        var path = draft.Path + "." + (parent is null ? key : parent + "." + key);
        if ((parent is null ? schema.SceneFieldSchema(key) : schema.SceneFieldSchema(parent, key)) is not { } fieldSchema)
        {
            return; // an unknown key: the schema pass reported it
        }

        if (fieldSchema.TryGetProperty("enum", out var allowed))
        {
            var values = allowed.EnumerateArray().Select(v => v.GetString()!).ToList();
            if (!values.Contains(text))
            {
                errors.Add(Error(ErrorCodes.InvalidEnum, value.Position, path, "'" + path + "' is '" + text + "'" + RowNote(value.Position) + ", which is not allowed.", "allowed: " + string.Join(", ", values) + "."));
            }

            return;
        }

        if (ManifestSchema.StringProblem(text, fieldSchema, path, out var code, out var fix) is { } message)
        {
            errors.Add(Error(code, value.Position, path, message.TrimEnd('.') + RowNote(value.Position) + ".", fix));
        }
    }

    private static void Exclusive(SceneDraft draft, FieldValue? a, FieldValue? b, string nameA, string nameB, string why, List<ManifestError> errors)
    {
        if (a is not null && b is not null)
        {
            var at = draft[nameB] is { IsNull: false } ownB ? ownB : draft[nameA] is { IsNull: false } ownA ? ownA : b;
            errors.Add(Error(ErrorCodes.ConflictingFields, at.Position, draft.Path + "." + (ReferenceEquals(at, draft[nameA]) ? nameA : nameB), "The scene has both '" + nameA + "' and '" + nameB + "' (one may come from defaults); " + why + ".", "keep only one of them; to drop one inherited from defaults, set it to ~ in the scene (e.g. 'avatar: ~')."));
        }
        else if (a is null && b is null)
        {
            errors.Add(Error(ErrorCodes.MissingField, draft.Position, draft.Path, "The scene has neither '" + nameA + "' nor '" + nameB + "'; " + why + ".", "add one of them to the scene or to defaults."));
        }
    }

    private static MediaSource? File(ManifestDocument document, FieldValue? value, string path, List<ManifestError> errors)
    {
        if (value?.AsString is not { } written)
        {
            return null;
        }

        if (ManifestPaths.IsUrl(written))
        {
            return Uri.TryCreate(written, UriKind.Absolute, out _)
                ? MediaSource.Url(written)
                : Fail(ErrorCodes.InvalidValue, "'" + written + "' is not a valid URL", "check the URL.");
        }

        var (full, inside) = ManifestPaths.Resolve(document.Directory, written);
        if (!inside)
        {
            return Fail(ErrorCodes.FileOutsideFolder, "'" + written + "'" + RowNote(value.Position) + " is outside the manifest's folder", "keep media next to the manifest (in its folder or below), or give an https URL.");
        }

        if (!System.IO.File.Exists(full))
        {
            return Fail(ErrorCodes.FileMissing, "The file '" + written + "'" + RowNote(value.Position) + " does not exist", "check the path; it is relative to the manifest (" + document.Directory + ").");
        }

        return MediaSource.Local(full, written);

        MediaSource? Fail(string code, string message, string fix)
        {
            errors.Add(Error(code, value.Position, path, message + ".", fix));
            return null;
        }
    }

    private static string RowNote(SourcePosition position) =>
        position.RowFile is null ? string.Empty : " (from " + position.RowFile + " line " + position.RowLine.ToString(CultureInfo.InvariantCulture) + ")";

    private static ManifestError Error(string code, SourcePosition at, string field, string message, string? fix) =>
        new(code, at.File, at.Line, at.Column, field, message, fix);
}
