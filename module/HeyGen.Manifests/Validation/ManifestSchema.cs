using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HeyGen.Manifests.Validation;

/// <summary>
/// Checks a manifest's YAML tree against Schema/heygen-manifest.schema.json, the same file editors use for
/// completion, so the two can never disagree about keys, types or allowed values. It interprets the subset of
/// JSON Schema that file uses: type, properties, required, additionalProperties, enum, const, pattern,
/// min/maxLength, minimum/maximum, minItems, min/maxProperties and local $ref.
/// Templated strings (containing "{{") are checked after row expansion instead.
/// </summary>
public sealed class ManifestSchema
{
    private static readonly Lazy<ManifestSchema> Embedded = new(() => Load(typeof(ManifestSchema).Assembly.GetManifestResourceStream("HeyGen.Manifests.heygen-manifest.schema.json")!));

    private readonly JsonElement _root;

    private ManifestSchema(JsonDocument document) => _root = document.RootElement;

    /// <summary>The schema shipped with the engine.</summary>
    public static ManifestSchema Default => Embedded.Value;

    public static ManifestSchema Load(Stream stream)
    {
        using var reader = new StreamReader(stream);
        return new ManifestSchema(JsonDocument.Parse(reader.ReadToEnd()));
    }

    /// <summary>The keys a scene may have (used for "did you mean" and by tests).</summary>
    public IReadOnlyCollection<string> SceneKeys => PropertyNames(Resolve(_root.GetProperty("$defs").GetProperty("scene")));

    public IReadOnlyCollection<string> DefaultsKeys => PropertyNames(Resolve(_root.GetProperty("$defs").GetProperty("defaults")));

    public IReadOnlyCollection<string> TopLevelKeys => PropertyNames(_root);

    /// <summary>The allowed values of an enum-valued field, by its definition name (resolution, format, ...).</summary>
    public IReadOnlyList<string> EnumValues(string definition) =>
        _root.GetProperty("$defs").GetProperty(definition).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToList();

    /// <summary>Validates the document; errors are appended in document order.</summary>
    public void Validate(YamlNode root, string file, List<ManifestError> errors) => Check(root, _root, string.Empty, file, errors);

    private static IReadOnlyCollection<string> PropertyNames(JsonElement schema) =>
        schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name).ToList() : Array.Empty<string>();

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var path = reference.GetString()!;
            var node = _root;
            foreach (var segment in path.TrimStart('#', '/').Split('/'))
            {
                node = node.GetProperty(segment);
            }

            schema = node;
        }

        return schema;
    }

    private void Check(YamlNode node, JsonElement schema, string path, string file, List<ManifestError> errors)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            // The schema only uses anyOf as [X, {type: null}]: null clears an inherited default.
            if (IsNull(node) && anyOf.EnumerateArray().Any(b => b.TryGetProperty("type", out var t) && t.GetString() == "null"))
            {
                return;
            }

            schema = Resolve(anyOf.EnumerateArray().First(b => !(b.TryGetProperty("type", out var t) && t.GetString() == "null")));
        }

        var type = ExpectedType(schema);
        switch (type)
        {
            case "object":
                if (node is not YamlMappingNode map)
                {
                    errors.Add(Error(ErrorCodes.WrongType, file, node, path, DescribeField(path) + " must be a mapping (key: value lines), not " + Describe(node) + ".", null));
                    return;
                }

                CheckObject(map, schema, path, file, errors);
                return;
            case "array":
                if (node is not YamlSequenceNode sequence)
                {
                    errors.Add(Error(ErrorCodes.WrongType, file, node, path, DescribeField(path) + " must be a list (lines starting with '- '), not " + Describe(node) + ".", null));
                    return;
                }

                if (schema.TryGetProperty("minItems", out var minItems) && sequence.Children.Count < minItems.GetInt32())
                {
                    errors.Add(Error(ErrorCodes.MissingField, file, node, path, DescribeField(path) + " needs at least " + minItems.GetInt32() + " item(s).", "add a scene with at least an id."));
                }

                if (schema.TryGetProperty("items", out var items))
                {
                    for (var i = 0; i < sequence.Children.Count; i++)
                    {
                        Check(sequence.Children[i], items, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", file, errors);
                    }
                }

                return;
            default:
                if (node is not YamlScalarNode scalar)
                {
                    errors.Add(Error(ErrorCodes.WrongType, file, node, path, DescribeField(path) + " must be a single value, not " + Describe(node) + ".", Hint(schema)));
                    return;
                }

                CheckScalar(scalar, schema, type, path, file, errors);
                return;
        }
    }

    private void CheckObject(YamlMappingNode map, JsonElement schema, string path, string file, List<ManifestError> errors)
    {
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        var known = properties.ValueKind == JsonValueKind.Object ? properties.EnumerateObject().Select(x => x.Name).ToList() : new List<string>();
        var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
        foreach (var entry in map.Children)
        {
            var key = (entry.Key as YamlScalarNode)?.Value ?? string.Empty;
            var childPath = path.Length == 0 ? key : path + "." + key;
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(key, out var propertySchema))
            {
                Check(entry.Value, propertySchema, childPath, file, errors);
            }
            else if (closed)
            {
                var suggestion = DidYouMean.Closest(key, known);
                errors.Add(Error(
                    ErrorCodes.UnknownKey,
                    file,
                    entry.Key,
                    childPath,
                    "'" + key + "' is not a known key" + (path.Length == 0 ? string.Empty : " of " + DescribeField(path)) + ".",
                    suggestion is null ? "use one of: " + string.Join(", ", known) + "." : "did you mean '" + suggestion + "'?"));
            }
        }

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!map.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == name))
                {
                    errors.Add(Error(ErrorCodes.MissingField, file, map, path.Length == 0 ? name : path + "." + name, DescribeField(path) + " has no '" + name + "'.", "add '" + name + ":'" + (name == "version" ? " with the value 1" : string.Empty) + "."));
                }
            }
        }

        if (schema.TryGetProperty("maxProperties", out var max) && map.Children.Count > max.GetInt32())
        {
            errors.Add(Error(ErrorCodes.ConflictingFields, file, map, path, DescribeField(path) + " sets " + string.Join(" and ", map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value)) + "; only one is allowed.", "keep one of: " + string.Join(", ", known) + "."));
        }

        if (schema.TryGetProperty("minProperties", out var min) && map.Children.Count < min.GetInt32())
        {
            errors.Add(Error(ErrorCodes.MissingField, file, map, path, DescribeField(path) + " is empty.", "set one of: " + string.Join(", ", known) + "."));
        }
    }

    private static void CheckScalar(YamlScalarNode scalar, JsonElement schema, string? type, string path, string file, List<ManifestError> errors)
    {
        var text = scalar.Value ?? string.Empty;
        var plain = scalar.Style == ScalarStyle.Plain;
        var templated = text.Contains("{{");
        if (schema.TryGetProperty("const", out var constant))
        {
            if (constant.ValueKind == JsonValueKind.Number && !(plain && text == constant.GetRawText()))
            {
                errors.Add(Error(ErrorCodes.UnsupportedVersion, file, scalar, path, DescribeField(path) + " is '" + text + "'; this engine reads version " + constant.GetRawText() + ".", "set '" + path + ": " + constant.GetRawText() + "'."));
            }

            return;
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            var allowed = values.EnumerateArray().Select(v => v.GetString()!).ToList();
            if (!allowed.Contains(text) && !templated)
            {
                var suggestion = DidYouMean.Closest(text, allowed);
                errors.Add(Error(ErrorCodes.InvalidEnum, file, scalar, path, DescribeField(path) + " is '" + text + "', which is not allowed.", (suggestion is null ? string.Empty : "did you mean '" + suggestion + "'? ") + "Allowed: " + string.Join(", ", allowed) + "."));
            }

            return;
        }

        switch (type)
        {
            case "boolean" when !(plain && (text is "true" or "false" or "True" or "False" or "TRUE" or "FALSE")):
                errors.Add(Error(ErrorCodes.WrongType, file, scalar, path, DescribeField(path) + " is '" + text + "'; it must be true or false.", "write true or false (without quotes)."));
                return;
            case "integer" when !(plain && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)):
                errors.Add(Error(ErrorCodes.WrongType, file, scalar, path, DescribeField(path) + " is '" + text + "'; it must be a whole number.", Hint(schema)));
                return;
            case "number" when !(plain && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)):
                errors.Add(Error(ErrorCodes.WrongType, file, scalar, path, DescribeField(path) + " is '" + text + "'; it must be a number.", Hint(schema)));
                return;
            case "string" when plain && (text.Length == 0 || text is "~" or "null" or "Null" or "NULL"):
                errors.Add(Error(ErrorCodes.MissingField, file, scalar, path, DescribeField(path) + " is empty.", "give it a value or remove the line."));
                return;
        }

        if (type is "integer" or "number")
        {
            var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (schema.TryGetProperty("minimum", out var minimum) && number < minimum.GetDouble() || schema.TryGetProperty("maximum", out var maximum) && number > maximum.GetDouble())
            {
                errors.Add(Error(ErrorCodes.InvalidValue, file, scalar, path, DescribeField(path) + " is " + text + ", outside the allowed range.", Hint(schema)));
            }

            return;
        }

        if (templated)
        {
            return;
        }

        CheckString(text, schema, scalar, path, file, errors);
    }

    /// <summary>String constraints; also used after row expansion, when templated values become known.</summary>
    internal static string? StringProblem(string text, JsonElement schema, string path, out string code, out string? fix)
    {
        code = ErrorCodes.InvalidValue;
        fix = null;
        if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
        {
            code = ErrorCodes.MissingField;
            fix = "give it a value or remove it.";
            return DescribeField(path) + " is empty.";
        }

        if (schema.TryGetProperty("maxLength", out var maxLength) && text.Length > maxLength.GetInt32())
        {
            code = path.EndsWith("script", StringComparison.Ordinal) ? ErrorCodes.ScriptTooLong : ErrorCodes.InvalidValue;
            fix = "shorten it by " + (text.Length - maxLength.GetInt32()).ToString("N0", CultureInfo.InvariantCulture) + " characters, or split it into two scenes.";
            return DescribeField(path) + " has " + text.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters; HeyGen accepts at most " + maxLength.GetInt32().ToString("N0", CultureInfo.InvariantCulture) + ".";
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            if (path.EndsWith("color", StringComparison.Ordinal))
            {
                code = ErrorCodes.InvalidColour;
                fix = "write a colour as \"#RRGGBB\" (six hex digits, quoted), e.g. \"#FFFFFF\".";
                return "'" + text + "' is not a colour.";
            }

            fix = Hint(schema);
            return DescribeField(path) + " is '" + text + "', which is not allowed.";
        }

        return null;
    }

    private static void CheckString(string text, JsonElement schema, YamlNode node, string path, string file, List<ManifestError> errors)
    {
        if (StringProblem(text, schema, path, out var code, out var fix) is { } message)
        {
            errors.Add(Error(code, file, node, path, message, fix));
        }
    }

    /// <summary>
    /// The schema of a scene field, for checks that run after row expansion; null for a key the schema does not
    /// know (already reported as an unknown key by the schema pass).
    /// </summary>
    internal JsonElement? SceneFieldSchema(string name, string? nested = null)
    {
        var scene = Resolve(_root.GetProperty("$defs").GetProperty("scene"));
        if (!scene.GetProperty("properties").TryGetProperty(name, out var declared))
        {
            return null;
        }

        var field = Resolve(declared);
        if (field.TryGetProperty("anyOf", out var anyOf))
        {
            field = Resolve(anyOf.EnumerateArray().First(b => !(b.TryGetProperty("type", out var t) && t.GetString() == "null")));
        }

        if (nested is null)
        {
            return field;
        }

        return field.TryGetProperty("properties", out var properties) && properties.TryGetProperty(nested, out var child) ? Resolve(child) : null;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain } scalar && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string? ExpectedType(JsonElement schema)
    {
        if (schema.TryGetProperty("type", out var type))
        {
            return type.GetString();
        }

        if (schema.TryGetProperty("enum", out _))
        {
            return "string";
        }

        return schema.TryGetProperty("properties", out _) ? "object" : null;
    }

    private static string? Hint(JsonElement schema) =>
        schema.TryGetProperty("description", out var description) ? description.GetString() : null;

    private static string DescribeField(string path) => path.Length == 0 ? "The manifest" : "'" + path + "'";

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s => "'" + s.Value + "'",
        _ => "something else",
    };

    private static ManifestError Error(string code, string file, YamlNode node, string path, string message, string? fix) =>
        new(code, file, (int)node.Start.Line, (int)node.Start.Column, path, message, fix);
}
