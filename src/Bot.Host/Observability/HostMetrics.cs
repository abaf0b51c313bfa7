using System.Diagnostics.Metrics;
using Bot.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bot.Host.Observability;

/// <summary>
/// The host's instruments, on the meter <c>Bot.Host</c>: the outbox depth (<c>bot_outbox_depth</c>), an
/// observable gauge. Its count query runs in <see cref="RefreshAsync"/> with a short timeout, before each scrape,
/// so a slow or absent database never holds up the observation callback; a failed count reports no value.
/// </summary>
internal sealed class HostMetrics
{
    public const string MeterName = "Bot.Host";

    private static readonly TimeSpan RefreshTimeout = TimeSpan.FromSeconds(2);

    private readonly StorageProbe _storage;
    private readonly ILogger<HostMetrics> _logger;
    private long _outboxDepth = -1;

    public HostMetrics(IMeterFactory meterFactory, StorageProbe storage, ILogger<HostMetrics> logger)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _storage = storage;
        _logger = logger;
        meterFactory.Create(MeterName).CreateObservableGauge("bot.outbox.depth", ObserveOutboxDepth, "{alert}", "Alerts waiting in the outbox");
    }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RefreshTimeout);
        try
        {
            Volatile.Write(ref _outboxDepth, await _storage.CountPendingAlertsAsync(timeout.Token));
        }
        catch (Exception ex) when (ex is NpgsqlException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Volatile.Write(ref _outboxDepth, -1);
            Log.OutboxDepthUnavailable(_logger, ex);
        }
    }

    private IEnumerable<Measurement<long>> ObserveOutboxDepth() =>
        Volatile.Read(ref _outboxDepth) is var depth and >= 0 ? [new Measurement<long>(depth)] : [];
}
