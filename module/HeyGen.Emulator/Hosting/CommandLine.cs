namespace HeyGen.Emulator.Hosting;

/// <summary>The standalone emulator's arguments: <c>--port N --api-key K --speed X</c> (all optional).</summary>
internal sealed record CommandLine(int Port, string? ApiKey, double Speed, bool Help)
{
    public const string Usage =
        "Usage: dotnet run --project module/HeyGen.Emulator [-- --port N] [--api-key KEY] [--speed X]\n" +
        "  --port N       TCP port on 127.0.0.1 (default 0: a free port)\n" +
        "  --api-key KEY  the API key to accept (default emulator-demo-key)\n" +
        "  --speed X      clock speed-up: 60 renders a one-minute video in a second (default 1)";

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var port = 0;
        string? apiKey = null;
        var speed = 1.0;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h" or "-?":
                    return new CommandLine(port, apiKey, speed, Help: true);
                case "--port":
                    port = int.TryParse(Value(args, ref i), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 65535
                        ? p : throw new ArgumentException("--port needs a number between 0 and 65535.");
                    break;
                case "--api-key":
                    apiKey = Value(args, ref i);
                    break;
                case "--speed":
                    speed = double.TryParse(Value(args, ref i), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 && !double.IsInfinity(s)
                        ? s : throw new ArgumentException("--speed needs a positive number.");
                    break;
                default:
                    throw new ArgumentException("Unknown argument '" + args[i] + "'.");
            }
        }

        return new CommandLine(port, apiKey, speed, Help: false);
    }

    public EmulatorOptions ToOptions()
    {
        var options = new EmulatorOptions { Port = Port };
        if (!string.IsNullOrEmpty(ApiKey))
        {
            options.ApiKey = ApiKey;
        }

        if (Speed != 1)
        {
            options.TimeProvider = new ScaledTimeProvider(Speed);
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException(args[i - 1] + " needs a value.");
}
