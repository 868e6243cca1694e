using YamlDotNet.RepresentationModel;

namespace HeyGen.Benchmarks;

/// <summary>
/// Makes a document N times larger than spec/ by cloning every path and every component schema N-1 times with
/// renamed ids: path <c>/x</c> becomes <c>/c2/x</c>, operationId <c>getX</c> becomes <c>getXC2</c>, schema <c>X</c>
/// becomes <c>XC2</c>, and every <c>#/components/schemas/X</c> reference inside a clone (including discriminator
/// mappings) points at the clone of the same number. Tags, parameters and responses are shared.
/// </summary>
public static class SyntheticSpec
{
    public static string Multiply(string yaml, int factor)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var paths = (YamlMappingNode)root.Children[new YamlScalarNode("paths")];
        var schemas = (YamlMappingNode)((YamlMappingNode)root.Children[new YamlScalarNode("components")]).Children[new YamlScalarNode("schemas")];
        var originalPaths = paths.Children.ToList();
        var originalSchemas = schemas.Children.ToList();
        for (var copy = 2; copy <= factor; copy++)
        {
            var suffix = "C" + copy;
            foreach (var (key, value) in originalPaths)
            {
                paths.Children.Add(new YamlScalarNode("/c" + copy + ((YamlScalarNode)key).Value), Clone(value, suffix, parentKey: null));
            }

            foreach (var (key, value) in originalSchemas)
            {
                schemas.Children.Add(new YamlScalarNode(((YamlScalarNode)key).Value + suffix), Clone(value, suffix, parentKey: null));
            }
        }

        var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static YamlNode Clone(YamlNode node, string suffix, string? parentKey)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                var value = scalar.Value ?? string.Empty;
                if (value.StartsWith("#/components/schemas/", StringComparison.Ordinal))
                {
                    value += suffix;
                }
                else if (parentKey is "operationId")
                {
                    value += suffix;
                }

                return new YamlScalarNode(value) { Style = scalar.Style, Tag = scalar.Tag };
            case YamlSequenceNode sequence:
                var list = new YamlSequenceNode { Style = sequence.Style };
                foreach (var child in sequence.Children)
                {
                    list.Add(Clone(child, suffix, parentKey: null));
                }

                return list;
            case YamlMappingNode mapping:
                var map = new YamlMappingNode { Style = mapping.Style };
                foreach (var (key, child) in mapping.Children)
                {
                    var name = (key as YamlScalarNode)?.Value;
                    map.Children.Add(new YamlScalarNode(name) { Style = ((YamlScalarNode)key).Style }, Clone(child, suffix, name));
                }

                return map;
            default:
                throw new NotSupportedException(node.GetType().Name);
        }
    }
}
