using System.Globalization;
using HeyGen.Manifests.Model;
using HeyGen.Manifests.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HeyGen.Manifests.Loading;

/// <summary>What loading produced: a document (possibly partial) and every error found.</summary>
public sealed class ManifestLoadResult
{
    public ManifestLoadResult(ManifestDocument? document, IReadOnlyList<ManifestError> errors)
    {
        Document = document;
        Errors = errors;
    }

    public ManifestDocument? Document { get; }

    public IReadOnlyList<ManifestError> Errors { get; }
}

/// <summary>
/// Reads a manifest: YAML with source positions, structural checks against the JSON Schema, and CSV row
/// expansion. It never throws for bad input; every problem becomes a <see cref="ManifestError"/>.
/// </summary>
public static class ManifestLoader
{
    public const string DefaultOutput = "./out";
    public const int DefaultConcurrency = 3;

    private static readonly HashSet<string> BooleanFields = new(StringComparer.Ordinal) { "caption" };
    private static readonly HashSet<string> NumberFields = new(StringComparer.Ordinal) { "speed", "pitch", "concurrency" };

    public static ManifestLoadResult Load(string path, ManifestSchema? schema = null)
    {
        var errors = new List<ManifestError>();
        var file = path;
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            errors.Add(new ManifestError(ErrorCodes.FileMissing, file, 1, 1, string.Empty, "The manifest file does not exist (" + full + ").", "check the path."));
            return new ManifestLoadResult(null, errors);
        }

        return Parse(File.ReadAllText(full), full, file, schema ?? ManifestSchema.Default, errors);
    }

    /// <summary>Parses manifest text; <paramref name="fullPath"/> anchors relative paths, <paramref name="file"/> is what messages show.</summary>
    public static ManifestLoadResult Parse(string text, string fullPath, string file, ManifestSchema schema, List<ManifestError>? errors = null)
    {
        errors ??= new List<ManifestError>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            errors.Add(new ManifestError(ErrorCodes.YamlSyntax, file, (int)ex.Start.Line, (int)ex.Start.Column, string.Empty, "YAML syntax error: " + CleanYamlMessage(ex), YamlFix(text, ex)));
            return new ManifestLoadResult(null, errors);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            errors.Add(new ManifestError(ErrorCodes.MissingField, file, 1, 1, string.Empty, "The manifest is empty.", "start with 'version: 1' and a 'scenes:' list."));
            return new ManifestLoadResult(null, errors);
        }

        var root = stream.Documents[0].RootNode;
        schema.Validate(root, file, errors);
        if (root is not YamlMappingNode map)
        {
            return new ManifestLoadResult(null, errors);
        }

        var directory = Path.GetDirectoryName(fullPath) ?? ".";
        var name = Scalar(map, "name") ?? Path.GetFileNameWithoutExtension(fullPath);
        var output = Path.GetFullPath(Path.Combine(directory, Scalar(map, "output") ?? DefaultOutput));
        var concurrency = int.TryParse(Scalar(map, "concurrency"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) && c is >= 1 and <= 100 ? c : DefaultConcurrency;
        var defaults = Child(map, "defaults") is YamlMappingNode defaultsNode ? Fields(defaultsNode, file) : new Dictionary<string, FieldValue>();
        var scenes = new List<SceneDraft>();
        if (Child(map, "scenes") is YamlSequenceNode sceneNodes)
        {
            for (var i = 0; i < sceneNodes.Children.Count; i++)
            {
                if (sceneNodes.Children[i] is not YamlMappingNode sceneNode)
                {
                    continue;
                }

                var position = Position(sceneNode, file);
                var fields = Fields(sceneNode, file);
                if (fields.TryGetValue("rows", out var rows) && rows.AsString is { } rowsPath)
                {
                    scenes.AddRange(ExpandRows(i, position, fields, rowsPath, rows.Position, directory, file, errors));
                }
                else
                {
                    scenes.Add(new SceneDraft(i, position, fields));
                }
            }
        }

        var document = new ManifestDocument(fullPath, name, output, concurrency, Scalar(map, "callback_url"), defaults, scenes);
        return new ManifestLoadResult(document, errors);
    }

    private static IEnumerable<SceneDraft> ExpandRows(int index, SourcePosition position, Dictionary<string, FieldValue> fields, string rowsPath, SourcePosition rowsPosition, string directory, string file, List<ManifestError> errors)
    {
        var field = "scenes[" + index + "].rows";
        var (csvPath, inside) = ManifestPaths.Resolve(directory, rowsPath);
        if (!inside)
        {
            errors.Add(new ManifestError(ErrorCodes.FileOutsideFolder, file, rowsPosition.Line, rowsPosition.Column, field, "'" + rowsPath + "' is outside the manifest's folder.", "move the CSV into " + directory + " (files outside it are not read, so a manifest cannot reach into the rest of the disk)."));
            return Array.Empty<SceneDraft>();
        }

        if (!File.Exists(csvPath))
        {
            errors.Add(new ManifestError(ErrorCodes.FileMissing, file, rowsPosition.Line, rowsPosition.Column, field, "The CSV file '" + rowsPath + "' does not exist.", "check the path; it is relative to the manifest."));
            return Array.Empty<SceneDraft>();
        }

        CsvRows csv;
        try
        {
            csv = CsvRows.Read(csvPath);
        }
        catch (CsvFileException ex)
        {
            errors.Add(new ManifestError(ErrorCodes.CsvError, rowsPath, Math.Max(1, ex.Line), 1, field, "The CSV cannot be read: " + ex.Message + ".", "fix the CSV (a header row, then one row per scene; quote fields that contain commas)."));
            return Array.Empty<SceneDraft>();
        }
        catch (IOException ex)
        {
            errors.Add(new ManifestError(ErrorCodes.CsvError, file, rowsPosition.Line, rowsPosition.Column, field, "The CSV cannot be read: " + ex.Message, null));
            return Array.Empty<SceneDraft>();
        }

        // Every placeholder must name a column; report each missing column once, where the template is.
        var missing = false;
        foreach (var (key, value) in Strings(fields))
        {
            foreach (var column in Templates.Columns(value.AsString!).Distinct())
            {
                if (!csv.Columns.Contains(column))
                {
                    missing = true;
                    var suggestion = DidYouMean.Closest(column, csv.Columns);
                    errors.Add(new ManifestError(ErrorCodes.CsvColumnMissing, file, value.Position.Line, value.Position.Column, "scenes[" + index + "]." + key, "{{ " + column + " }} names a column that " + rowsPath + " does not have (its columns: " + string.Join(", ", csv.Columns) + ").", suggestion is null ? "add the column to the CSV or fix the placeholder." : "did you mean {{ " + suggestion + " }}?"));
                }
            }
        }

        if (missing)
        {
            return Array.Empty<SceneDraft>();
        }

        if (csv.Rows.Count == 0)
        {
            errors.Add(new ManifestError(ErrorCodes.CsvError, file, rowsPosition.Line, rowsPosition.Column, field, rowsPath + " has a header but no rows, so this entry renders nothing.", "add rows or remove the scene."));
            return Array.Empty<SceneDraft>();
        }

        var drafts = new List<SceneDraft>(csv.Rows.Count);
        foreach (var (line, row) in csv.Rows)
        {
            var expanded = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
            foreach (var pair in fields)
            {
                if (pair.Key != "rows")
                {
                    expanded[pair.Key] = Substitute(pair.Value, row, rowsPath, line);
                }
            }

            drafts.Add(new SceneDraft(index, position.WithRow(rowsPath, line), expanded));
        }

        return drafts;
    }

    private static FieldValue Substitute(FieldValue value, IReadOnlyDictionary<string, string> row, string rowsPath, int line)
    {
        var position = value.Position.WithRow(rowsPath, line);
        return value.Value switch
        {
            string text => new FieldValue(Templates.Apply(text, row), position),
            IReadOnlyDictionary<string, FieldValue> map => new FieldValue(map.ToDictionary(p => p.Key, p => Substitute(p.Value, row, rowsPath, line), StringComparer.Ordinal), position),
            _ => new FieldValue(value.Value, position),
        };
    }

    private static IEnumerable<(string Key, FieldValue Value)> Strings(IReadOnlyDictionary<string, FieldValue> fields)
    {
        foreach (var pair in fields)
        {
            if (pair.Value.AsString is not null)
            {
                yield return (pair.Key, pair.Value);
            }
            else if (pair.Value.AsMap is { } nested)
            {
                foreach (var inner in Strings(nested))
                {
                    yield return (pair.Key + "." + inner.Key, inner.Value);
                }
            }
        }
    }

    /// <summary>Converts a mapping to typed fields; values that failed the schema check are left out (they were reported).</summary>
    private static Dictionary<string, FieldValue> Fields(YamlMappingNode map, string file)
    {
        var fields = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        foreach (var entry in map.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } key })
            {
                continue;
            }

            var position = Position(entry.Value, file);
            switch (entry.Value)
            {
                case YamlMappingNode nested:
                    fields[key] = new FieldValue(Fields(nested, file), position);
                    break;
                case YamlScalarNode scalar when scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL":
                    fields[key] = FieldValue.Null(position);
                    break;
                case YamlScalarNode scalar when scalar.Value is { } text:
                    if (BooleanFields.Contains(key))
                    {
                        if (scalar.Style == ScalarStyle.Plain && bool.TryParse(text, out var flag))
                        {
                            fields[key] = new FieldValue(flag, position);
                        }
                    }
                    else if (NumberFields.Contains(key))
                    {
                        if (scalar.Style == ScalarStyle.Plain && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                        {
                            fields[key] = new FieldValue(number, position);
                        }
                    }
                    else
                    {
                        fields[key] = new FieldValue(text, position);
                    }

                    break;
            }
        }

        return fields;
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value is { Length: > 0 } value ? value : null;

    private static SourcePosition Position(YamlNode node, string file) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    private static string CleanYamlMessage(YamlException ex)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is already in the error.
        var message = ex.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return (marker >= 0 && message.Length > 0 && message[0] == '(' ? message.Substring(marker + 3) : message).Trim();
    }

    private static string YamlFix(string text, YamlException ex)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var line = (int)ex.Start.Line - 1;
        if (line >= 0 && line < lines.Length && lines[line].TrimStart(' ') is { Length: > 0 } rest && rest[0] == '\t')
        {
            return "indent with spaces; YAML does not allow tabs for indentation.";
        }

        return "check the indentation and quoting around this line (values with ': ' or starting with '{', '[', '*', '&', '#' or '@' need quotes).";
    }
}
