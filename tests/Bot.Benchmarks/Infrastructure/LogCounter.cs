using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Benchmarks.Infrastructure;

/// <summary>
/// Stands in for the console logger: every event the bot's log levels let through is formatted, as the console
/// would, then counted instead of written; the first few distinct warnings and errors are kept for the report.
/// </summary>
internal sealed class LogCounter : ILoggerProvider
{
    private const int KeptProblems = 5;

    private readonly ConcurrentDictionary<LogLevel, int> _counts = new();
    private readonly ConcurrentDictionary<string, int> _problems = new(StringComparer.Ordinal);

    public int Count(LogLevel level) => _counts.GetValueOrDefault(level);

    /// <summary>The first few distinct warnings and errors, formatted, each with how often it was logged.</summary>
    public IEnumerable<string> Problems => _problems.Select(pair => pair.Value == 1 ? pair.Key : $"{pair.Key} ({pair.Value} times)");

    public ILogger CreateLogger(string categoryName) => new CountingLogger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(LogLevel level, string category, string message)
    {
        _counts.AddOrUpdate(level, 1, (_, n) => n + 1);
        var problem = $"{level} {category}: {message}";
        if (level >= LogLevel.Warning && (_problems.Count < KeptProblems || _problems.ContainsKey(problem)))
        {
            _problems.AddOrUpdate(problem, 1, (_, n) => n + 1);
        }
    }

    private sealed class CountingLogger(LogCounter owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            owner.Add(logLevel, category, exception is null ? message : $"{message} ({exception.GetType().Name}: {exception.Message})");
        }
    }
}
