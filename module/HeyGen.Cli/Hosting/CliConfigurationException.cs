namespace HeyGen.Cli.Hosting;

/// <summary>A setting is missing or wrong (exit code 3). The message says how to fix it.</summary>
public sealed class CliConfigurationException : Exception
{
    public CliConfigurationException(string message)
        : base(message)
    {
    }
}
