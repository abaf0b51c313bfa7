using System.Collections.Concurrent;
using System.Diagnostics;
using Bot.Core.Alerts;

namespace Bot.Benchmarks.Infrastructure;

/// <summary>The bot's alert sink, replaced: each alert is kept with the moment it arrived, nothing is printed.</summary>
internal sealed class RecordingAlertSink : IAlertSink
{
    private readonly ConcurrentQueue<(Alert Alert, long Timestamp)> _alerts = new();

    public int Count => _alerts.Count;

    /// <summary>Alerts delivered so far, with <see cref="Stopwatch.GetTimestamp"/> at arrival.</summary>
    public IReadOnlyCollection<(Alert Alert, long Timestamp)> Alerts => _alerts;

    public Task<DeliveryResult> DeliverAsync(Alert alert, CancellationToken cancellationToken)
    {
        _alerts.Enqueue((alert, Stopwatch.GetTimestamp()));
        return Task.FromResult(DeliveryResult.Delivered());
    }
}
