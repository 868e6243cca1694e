namespace HeyGen.PowerShell.Layout;

/// <summary>A command word followed by <c>--name value</c> pairs (a name may repeat).</summary>
internal sealed class Arguments
{
    private readonly List<KeyValuePair<string, string>> _values = new();

    private Arguments(string command) => Command = command;

    public string Command { get; }

    public static Arguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new Arguments(args.Count > 0 ? args[0] : string.Empty);
        for (var i = 1; i + 1 < args.Count; i += 2)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                parsed._values.Add(new KeyValuePair<string, string>(args[i].Substring(2), args[i + 1]));
            }
        }

        return parsed;
    }

    public string? Get(string name) => _values.LastOrDefault(v => v.Key == name).Value;

    public IEnumerable<string> GetAll(string name) => _values.Where(v => v.Key == name).Select(v => v.Value);
}
