using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Benchmarks.Infrastructure;

/// <summary>
/// Stands in for the console logger: every event the bot's log levels let through is formatted, as the console
/// would, then counted instead of written; the first warnings and errors are kept for the report.
/// </summary>
internal sealed class LogCounter : ILoggerProvider
{
    private const int KeptProblems = 5;

    private readonly ConcurrentDictionary<LogLevel, int> _counts = new();
    private readonly ConcurrentQueue<string> _problems = new();

    public int Count(LogLevel level) => _counts.GetValueOrDefault(level);

    public int Total => _counts.Values.Sum();

    /// <summary>The first few warnings and errors, formatted.</summary>
    public IReadOnlyCollection<string> Problems => _problems;

    public ILogger CreateLogger(string categoryName) => new CountingLogger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(LogLevel level, string category, string message)
    {
        _counts.AddOrUpdate(level, 1, (_, n) => n + 1);
        if (level >= LogLevel.Warning && _problems.Count < KeptProblems)
        {
            _problems.Enqueue($"{level} {category}: {message}");
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
