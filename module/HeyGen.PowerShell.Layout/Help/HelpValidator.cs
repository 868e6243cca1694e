using HeyGen.PowerShell.Layout.Metadata;

namespace HeyGen.PowerShell.Layout.Help;

/// <summary>
/// Checks that help is complete before it is written: every cmdlet has a source with a synopsis, a description,
/// at least one example, and a description of every parameter; and no source documents something that does not exist.
/// </summary>
public static class HelpValidator
{
    public static IReadOnlyList<string> Problems(IReadOnlyList<CmdletModel> cmdlets, IReadOnlyDictionary<string, HelpSource> sources)
    {
        var problems = new List<string>();
        foreach (var cmdlet in cmdlets)
        {
            if (!sources.TryGetValue(cmdlet.Name, out var help))
            {
                problems.Add(cmdlet.Name + ": no help source (" + cmdlet.Name + ".yaml)");
                continue;
            }

            Require(problems, cmdlet.Name, "synopsis", help.Synopsis);
            Require(problems, cmdlet.Name, "description", help.Description);
            if (help.Examples.Count == 0 || help.Examples.Any(e => string.IsNullOrWhiteSpace(e.Code) || string.IsNullOrWhiteSpace(e.Title)))
            {
                problems.Add(cmdlet.Name + ": needs at least one example, each with a title and code");
            }

            foreach (var parameter in cmdlet.Parameters)
            {
                if (!help.Parameters.TryGetValue(parameter.Name, out var text) || string.IsNullOrWhiteSpace(text))
                {
                    problems.Add(cmdlet.Name + ": parameter -" + parameter.Name + " is not described");
                }
            }

            foreach (var documented in help.Parameters.Keys.Where(k => cmdlet.Parameters.All(p => !string.Equals(p.Name, k, StringComparison.OrdinalIgnoreCase))))
            {
                problems.Add(cmdlet.Name + ": describes -" + documented + ", which the cmdlet does not have");
            }
        }

        foreach (var orphan in sources.Keys.Where(k => cmdlets.All(c => !string.Equals(c.Name, k, StringComparison.OrdinalIgnoreCase))))
        {
            problems.Add(orphan + ".yaml: no such cmdlet");
        }

        return problems;
    }

    private static void Require(List<string> problems, string cmdlet, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(cmdlet + ": " + field + " is empty");
        }
    }
}
