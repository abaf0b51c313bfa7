using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Bot.Host.Observability;

/// <summary>
/// Listens to every meter whose name starts with <c>Bot.</c> (<c>Bot.Pipeline</c>, <c>Bot.Host</c>, and
/// <c>Bot.Discord</c> when the Discord client lands) and keeps the current values for <c>/metrics</c>. Small on
/// purpose: OpenTelemetry's Prometheus exporter is not on our package mirror. Meters from another host's
/// <see cref="IMeterFactory"/> in the same process (tests) are left out; static meters are shared.
/// </summary>
internal sealed class MetricsCollector : IDisposable
{
    public const string MeterPrefix = "Bot.";

    private readonly ConcurrentDictionary<Instrument, InstrumentAggregator> _instruments = new();
    private readonly MeterListener _listener = new();
    private readonly Lock _collectGate = new();

    public MetricsCollector(IMeterFactory meterFactory)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name.StartsWith(MeterPrefix, StringComparison.Ordinal)
                && (instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, meterFactory)))
            {
                listener.EnableMeasurementEvents(instrument, _instruments.GetOrAdd(instrument, i => new InstrumentAggregator(i)));
            }
        };
        _listener.MeasurementsCompleted = (instrument, _) => _instruments.TryRemove(instrument, out InstrumentAggregator? _);
        _listener.SetMeasurementEventCallback<long>((_, value, tags, state) => ((InstrumentAggregator)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<int>((_, value, tags, state) => ((InstrumentAggregator)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<double>((_, value, tags, state) => ((InstrumentAggregator)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<float>((_, value, tags, state) => ((InstrumentAggregator)state!).Record(value, tags));
        _listener.Start();
    }

    /// <summary>Runs the observable instruments' callbacks, then returns every metric's current state.</summary>
    public IReadOnlyList<MetricFamily> Collect()
    {
        lock (_collectGate)
        {
            foreach (var aggregator in _instruments.Values)
            {
                aggregator.ForgetObservations();
            }

            _listener.RecordObservableInstruments();
            return [.. _instruments.Values.Select(aggregator => aggregator.Snapshot())];
        }
    }

    public void Dispose() => _listener.Dispose();
}
