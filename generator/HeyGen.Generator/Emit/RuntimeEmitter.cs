using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using HeyGen.Generator.Pipeline;

namespace HeyGen.Generator.Emit;

/// <summary>
/// Emits the runtime every generated client needs (options, exception, transport, JSON helpers) from templates
/// embedded in the generator. Lines between <c>//#if FEATURE</c> and <c>//#endif</c> are kept only when the
/// consuming compilation has the feature (a logger abstraction, a TimeProvider).
/// </summary>
internal static class RuntimeEmitter
{
    private static readonly string[] Templates = { "RuntimeOptions.txt", "RuntimeException.txt", "RuntimeJson.txt", "RuntimeTransport.txt" };

    public static IEnumerable<(string Name, string Source)> Emit(EmitContext ctx)
    {
        var features = new HashSet<string>();
        if (ctx.Features.HasLogger)
        {
            features.Add("LOGGER");
        }

        if (ctx.Features.HasTimeProvider)
        {
            features.Add("TIMEPROVIDER");
        }

        var model = ctx.Model;
        var replacements = new Dictionary<string, string>
        {
            ["__NS__"] = ctx.Namespace,
            ["__P__"] = ctx.Prefix,
            ["__VIS__"] = ctx.Visibility,
            ["__CLIENT__"] = model.Options.ClientName,
            ["__ENV__"] = Escape(model.Options.ApiKeyVariable),
            ["__DEFAULT_SERVER__"] = Escape(model.DefaultServer),
            ["__APIKEY_HEADER__"] = Escape(model.ApiKeyHeader ?? string.Empty),
            ["__SUCCESS_CODES__"] = string.Join(", ", model.EnvelopeSuccessCodes.Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture) + "L")),
            ["__TITLE__"] = Escape(string.IsNullOrWhiteSpace(model.Title) ? model.Options.ClientName : model.Title.Trim()),
            ["__VERSION__"] = GeneratorInfo.Version,
        };

        foreach (var template in Templates)
        {
            var text = Preprocess(Load(template), features);
            var sb = new StringBuilder(text);
            foreach (var pair in replacements)
            {
                sb.Replace(pair.Key, pair.Value);
            }

            yield return (template.Substring(0, template.Length - ".txt".Length), sb.ToString());
        }
    }

    /// <summary>Escapes text for use inside a regular C# string literal in the templates.</summary>
    private static string Escape(string value)
    {
        var literal = CodeWriter.Literal(value);
        return literal.Substring(1, literal.Length - 2);
    }

    private static string Load(string name)
    {
        using var stream = typeof(RuntimeEmitter).Assembly.GetManifestResourceStream("HeyGen.Generator.Templates." + name)
            ?? throw new FileNotFoundException("Missing embedded template " + name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    internal static string Preprocess(string text, HashSet<string> features)
    {
        var output = new StringBuilder(text.Length);
        var blocks = new Stack<(bool Parent, bool Condition, bool InElse)>();
        var kept = true;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("//#if ", System.StringComparison.Ordinal))
            {
                blocks.Push((kept, features.Contains(trimmed.Substring(6).Trim()), false));
            }
            else if (trimmed == "//#else")
            {
                var block = blocks.Pop();
                blocks.Push((block.Parent, block.Condition, true));
            }
            else if (trimmed == "//#endif")
            {
                blocks.Pop();
            }
            else
            {
                if (kept)
                {
                    output.Append(line).Append('\n');
                }

                continue;
            }

            kept = blocks.Count == 0 || (blocks.Peek().Parent && (blocks.Peek().InElse ? !blocks.Peek().Condition : blocks.Peek().Condition));
        }

        return output.ToString();
    }
}
