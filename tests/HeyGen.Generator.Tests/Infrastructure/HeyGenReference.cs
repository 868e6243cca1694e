using System.Text.Json;
using System.Text.Json.Nodes;

namespace HeyGen.Generator.Tests.Infrastructure;

/// <summary>
/// Rebuilds an OpenAPI document from the shared v3 reference data (<c>../shared/reference/heygen-v3/endpoints/*.json</c>):
/// HeyGen's own request and response schemas for its 85 v3 endpoints, as HeyGen's official CLI's code generator
/// flattened them out of HeyGen's OpenAPI document (kin-openapi, so 3.0 style: <c>nullable: true</c>, schemas inline,
/// union variants inline with a <c>discriminator.mapping</c> that names components).
/// The document is assembled at test time, never stored in the repository. Union variants are put back under the
/// component names their mapping gives (matched by the variant's discriminator value), as in HeyGen's document.
/// </summary>
internal static class HeyGenReference
{
    public const string FixtureName = "heygen-v3-reference.openapi.json";

    public static string Directory => Path.GetFullPath(Path.Combine(TestPaths.Seeds, "..", "reference", "heygen-v3", "endpoints"));

    /// <summary>The rebuilt document, as stored in RealWorld/Fixtures (rebuilt from the shared data with REFRESH_FIXTURES=1).</summary>
    public static SpecFile Document(string ns = "RealWorld.HeyGenV3") =>
        new("/realworld/heygen-v3.openapi.json", RealWorldFixtures.Read(FixtureName), new Dictionary<string, string> { ["Namespace"] = ns });

    /// <summary>Rebuilds the document from the shared reference data.</summary>
    public static string Rebuild()
    {
        var components = new JsonObject();
        var paths = new JsonObject();
        foreach (var endpoint in Endpoints())
        {
            var method = endpoint["method"]!.GetValue<string>().ToLowerInvariant();
            var path = endpoint["path"]!.GetValue<string>();
            var group = Path.GetFileNameWithoutExtension(endpoint["__file"]!.GetValue<string>());
            var operation = new JsonObject
            {
                ["tags"] = new JsonArray(group),
                ["operationId"] = OperationId(endpoint["cliCommand"]!.GetValue<string>()),
                ["summary"] = endpoint["summary"]?.DeepClone(),
                ["description"] = endpoint["description"]?.DeepClone(),
            };

            var parameters = new JsonArray();
            foreach (var p in endpoint["pathParams"]!.AsArray())
            {
                parameters.Add(new JsonObject { ["name"] = p!["name"]!.DeepClone(), ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } });
            }

            foreach (var q in endpoint["queryParams"]!.AsArray())
            {
                parameters.Add(QueryParameter(q!));
            }

            if (parameters.Count > 0)
            {
                operation["parameters"] = parameters;
            }

            if (endpoint["requestSchema"] is JsonObject request)
            {
                var mediaType = endpoint["bodyEncoding"]?.GetValue<string>() == "multipart" ? "multipart/form-data" : "application/json";
                operation["requestBody"] = new JsonObject
                {
                    ["required"] = true,
                    ["content"] = new JsonObject { [mediaType] = new JsonObject { ["schema"] = Hoist(request.DeepClone(), components) } },
                };
            }

            var ok = new JsonObject { ["description"] = "Success" };
            if (endpoint["responseSchema"] is JsonObject response)
            {
                ok["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Hoist(response.DeepClone(), components) } };
            }

            operation["responses"] = new JsonObject { [method == "post" ? "201" : "200"] = ok };
            var item = paths[path] as JsonObject ?? new JsonObject();
            item[method] = operation;
            paths[path] = item;
        }

        var document = new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = "HeyGen v3 (rebuilt from the CLI's reference data)", ["version"] = "1.0.0" },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "https://api.heygen.com" }),
            ["security"] = new JsonArray(new JsonObject { ["ApiKeyAuth"] = new JsonArray() }),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = components,
                ["securitySchemes"] = new JsonObject { ["ApiKeyAuth"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "X-Api-Key" } },
            },
        };

        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 1 }) + "\n";
    }

    private static IEnumerable<JsonObject> Endpoints()
    {
        foreach (var file in System.IO.Directory.GetFiles(Directory, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            foreach (var node in JsonNode.Parse(File.ReadAllText(file))!.AsArray())
            {
                var endpoint = node!.AsObject();
                endpoint["__file"] = file;
                yield return endpoint;
            }
        }
    }

    /// <summary>"heygen video batches create" → "videoBatchesCreate".</summary>
    private static string OperationId(string cliCommand)
    {
        var words = cliCommand.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries)).ToList();
        return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static JsonObject QueryParameter(JsonNode q)
    {
        var schema = new JsonObject
        {
            ["type"] = q["type"]!.GetValue<string>() switch { "int" => "integer", "float64" => "number", _ => "string" },
        };
        if (q["enum"] is JsonArray values)
        {
            schema["enum"] = values.DeepClone();
        }

        foreach (var (from, to) in new[] { ("default", "default"), ("min", "minimum"), ("max", "maximum") })
        {
            if (q[from] is { } value)
            {
                schema[to] = value.DeepClone();
            }
        }

        return new JsonObject
        {
            ["name"] = q["name"]!.DeepClone(),
            ["in"] = "query",
            ["required"] = q["required"]?.GetValue<bool>() ?? false,
            ["description"] = q["help"]?.DeepClone(),
            ["schema"] = schema,
        };
    }

    /// <summary>Puts inline union variants back under their mapped component names, depth first.</summary>
    private static JsonNode Hoist(JsonNode node, JsonObject components)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } child)
                    {
                        array[i] = Hoist(child.DeepClone(), components);
                    }
                }

                return array;
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (obj[key] is { } child)
                    {
                        obj[key] = Hoist(child.DeepClone(), components);
                    }
                }

                if (obj["discriminator"] is JsonObject discriminator && obj["oneOf"] is JsonArray variants)
                {
                    HoistVariants(discriminator, variants, components);
                }

                return obj;
            default:
                return node;
        }
    }

    private static void HoistVariants(JsonObject discriminator, JsonArray variants, JsonObject components)
    {
        var property = discriminator["propertyName"]?.GetValue<string>();
        var mapping = discriminator["mapping"] as JsonObject;
        if (property is null || mapping is null)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < variants.Count; i++)
        {
            if (variants[i] is not JsonObject variant || variant.ContainsKey("$ref") || Value(variant, property) is not { } value
                || mapping[value]?.GetValue<string>() is not { } target || !target.StartsWith("#/components/schemas/", StringComparison.Ordinal))
            {
                continue;
            }

            var name = target["#/components/schemas/".Length..];
            if (!components.ContainsKey(name))
            {
                components[name] = variant.DeepClone();
            }

            variants[i] = new JsonObject { ["$ref"] = target };
            used.Add(value);
        }

        // Mapping entries whose variant is not inline here would dangle in the rebuilt document.
        foreach (var key in mapping.Select(p => p.Key).Where(k => !used.Contains(k) && !components.ContainsKey(ComponentName(mapping[k]))).ToList())
        {
            mapping.Remove(key);
        }
    }

    private static string ComponentName(JsonNode? target) =>
        target is JsonValue v && v.TryGetValue<string>(out var s) && s.StartsWith("#/components/schemas/", StringComparison.Ordinal) ? s["#/components/schemas/".Length..] : string.Empty;

    /// <summary>The discriminator value a variant declares: <c>const</c>, or a one-value <c>enum</c>.</summary>
    private static string? Value(JsonObject variant, string property)
    {
        var schema = variant["properties"]?[property];
        if (schema?["const"] is JsonValue constant && constant.TryGetValue<string>(out var c))
        {
            return c;
        }

        return schema?["enum"] is JsonArray { Count: 1 } values && values[0] is JsonValue only && only.TryGetValue<string>(out var e) ? e : null;
    }
}
