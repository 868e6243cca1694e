using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace HeyGen.PowerShell.Layout.Help;

/// <summary>Reads every <c>*.yaml</c> help source of a folder; the file name (without extension) is the cmdlet name.</summary>
public static class HelpSourceReader
{
    public static IReadOnlyDictionary<string, HelpSource> ReadFolder(string folder)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var result = new Dictionary<string, HelpSource>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.GetFiles(folder, "*.yaml").OrderBy(f => f, StringComparer.Ordinal))
        {
            var source = deserializer.Deserialize<HelpSource>(File.ReadAllText(file)) ?? new HelpSource();
            source.Name = Path.GetFileNameWithoutExtension(file);
            source.Parameters = new Dictionary<string, string>(source.Parameters, StringComparer.OrdinalIgnoreCase);
            result[source.Name] = source;
        }

        return result;
    }
}
