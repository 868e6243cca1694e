using YamlDotNet.RepresentationModel;

namespace HeyGen.Emulator.Tests.Infrastructure;

/// <summary>The operationIds of spec/heygen.openapi.yaml's <c>paths</c> (callbacks and top-level webhooks are the server's, not the API's).</summary>
internal static class SpecOperations
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    public static IReadOnlyList<string> All { get; } = Load();

    private static List<string> Load()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "heygen.openapi.yaml")))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var paths = (YamlMappingNode)root.Children[new YamlScalarNode("paths")];
        var operations = new List<string>();
        foreach (var path in paths.Children.Values.OfType<YamlMappingNode>())
        {
            foreach (var (key, value) in path.Children)
            {
                if (Methods.Contains(((YamlScalarNode)key).Value) && value is YamlMappingNode operation
                    && operation.Children.TryGetValue(new YamlScalarNode("operationId"), out var id))
                {
                    operations.Add(((YamlScalarNode)id).Value!);
                }
            }
        }

        return operations;
    }
}
