using System.Text;
using System.Text.Json;
using HeyGen.Manifests.Model;

namespace HeyGen.Manifests.Planning;

/// <summary>
/// A scene's render key: the SHA-256 of the exact request it would send (after defaults, row expansion and with
/// local files as their content hashes). Same key, same video: the key decides what needs rendering.
/// </summary>
public sealed class RenderKey
{
    private RenderKey(string value, string requestJson)
    {
        Value = value;
        RequestJson = requestJson;
    }

    /// <summary>Lowercase hex SHA-256.</summary>
    public string Value { get; }

    /// <summary>The keyed request as JSON (kept in the state so a later plan can say which fields changed).</summary>
    public string RequestJson { get; }

    /// <summary>The short form put in video titles: how a run finds a video whose create response it never saw.</summary>
    public string Marker => "[hg:" + Value.Substring(0, 16) + "]";

    public static RenderKey Compute(ResolvedScene scene, ContentHasher hasher)
    {
        var request = RenderRequestBuilder.Build(scene, media => "sha256:" + hasher.Hash(media.Value), scene.Title);
        var json = HeyGenJson.Serialize(request, CreateVideoRequestJsonConverter.WriteValue);
        return new RenderKey(ContentHasher.HashBytes(json), Encoding.UTF8.GetString(json));
    }

    /// <summary>The title sent to HeyGen: the scene's title plus the key marker.</summary>
    public string TitleFor(ResolvedScene scene) => scene.Title + " " + Marker;

    /// <summary>The request fields whose values differ between two keyed requests, as dotted paths.</summary>
    public static IReadOnlyList<string> ChangedFields(string? previousJson, string currentJson)
    {
        if (previousJson is null)
        {
            return Array.Empty<string>();
        }

        var before = Flatten(previousJson);
        var after = Flatten(currentJson);
        return before.Keys.Union(after.Keys)
            .Where(k => !before.TryGetValue(k, out var a) || !after.TryGetValue(k, out var b) || a != b)
            .Select(k => k.Split('.')[0] == "image" || k.Split('.')[0] == "background" ? k.Split('.')[0] : k)
            .Distinct()
            .ToList();
    }

    private static Dictionary<string, string> Flatten(string json)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json);
            Walk(document.RootElement, string.Empty, result);
        }
        catch (JsonException)
        {
            result["(request)"] = json;
        }

        return result;
    }

    private static void Walk(JsonElement element, string path, Dictionary<string, string> result)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                Walk(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, result);
            }
        }
        else
        {
            result[path] = element.GetRawText();
        }
    }
}
