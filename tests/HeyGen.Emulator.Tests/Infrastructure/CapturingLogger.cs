using Microsoft.Extensions.Logging;

namespace HeyGen.Emulator.Tests.Infrastructure;

/// <summary>An ILogger that keeps every formatted line and every structured value, to search for leaked secrets.</summary>
internal sealed class CapturingLogger : ILogger
{
    private readonly object _gate = new();
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" | ", pairs.Select(p => p.Key + "=" + p.Value)) : string.Empty;
        lock (_gate)
        {
            _lines.Add(logLevel + ": " + formatter(state, exception) + " {" + values + "} " + exception);
        }
    }
}
