namespace HeyGen.Cli.Hosting;

/// <summary>
/// Where the CLI writes and what it may read from its environment. Injected so tests run the real commands
/// in-process with captured output and a controlled environment (no HEYGEN_API_KEY leaking in from the machine).
/// </summary>
public sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool isTerminal, Func<string, string?> environment)
    {
        Output = output;
        Error = error;
        IsTerminal = isTerminal;
        Environment = environment;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>True when stdout is an interactive terminal: progress is drawn on one updating line.</summary>
    public bool IsTerminal { get; }

    /// <summary>Reads an environment variable.</summary>
    public Func<string, string?> Environment { get; }

    /// <summary>The process's own console and environment.</summary>
    public static CliConsole System() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, global::System.Environment.GetEnvironmentVariable);
}
