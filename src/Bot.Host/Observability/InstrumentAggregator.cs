using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Bot.Host.Observability;

/// <summary>
/// Keeps the current state of one instrument, one series per tag set: a running sum for counters and up-down
/// counters, the last value for gauges and observable instruments, cumulative buckets for histograms.
/// </summary>
internal sealed class InstrumentAggregator
{
    // OpenTelemetry's default boundaries, for histograms that give no advice.
    private static readonly double[] DefaultBounds = [0, 5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000];

    private readonly ConcurrentDictionary<string, Series> _series = new(StringComparer.Ordinal);
    private readonly double[] _bounds;
    private readonly bool _adds;

    public InstrumentAggregator(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        Instrument = instrument;
        var kind = instrument.GetType().GetGenericTypeDefinition();
        Type = kind == typeof(Counter<>) || kind == typeof(ObservableCounter<>) ? "counter"
            : kind == typeof(Histogram<>) ? "histogram"
            : "gauge";
        _adds = kind == typeof(Counter<>) || kind == typeof(UpDownCounter<>);
        _bounds = Type == "histogram" ? BoundsOf(instrument) : [];
        Name = PrometheusText.MetricName(instrument.Name, instrument.Unit, Type);
    }

    public Instrument Instrument { get; }

    /// <summary>The Prometheus type: <c>counter</c>, <c>gauge</c> or <c>histogram</c>.</summary>
    public string Type { get; }

    public string Name { get; }

    public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var series = _series.GetOrAdd(PrometheusText.Labels(tags), labels => new Series(labels, _bounds.Length));
        lock (series)
        {
            if (Type == "histogram")
            {
                var bucket = Array.FindIndex(_bounds, bound => value <= bound);
                series.Counts[bucket < 0 ? _bounds.Length : bucket]++;
                series.Value += value;
                series.Count++;
            }
            else
            {
                series.Value = _adds ? series.Value + value : value;
            }
        }
    }

    /// <summary>Forgets observed values before a new observation, so a series its callback no longer reports disappears.</summary>
    public void ForgetObservations()
    {
        if (Instrument.IsObservable)
        {
            _series.Clear();
        }
    }

    public MetricFamily Snapshot()
    {
        var samples = new List<(string, string, double)>();
        foreach (var series in _series.Values.OrderBy(s => s.Labels, StringComparer.Ordinal))
        {
            lock (series)
            {
                if (Type != "histogram")
                {
                    samples.Add((Name, series.Labels, series.Value));
                    continue;
                }

                var separator = series.Labels.Length == 0 ? string.Empty : ",";
                long cumulative = 0;
                for (var i = 0; i <= _bounds.Length; i++)
                {
                    cumulative += series.Counts[i];
                    var le = i < _bounds.Length ? _bounds[i] : double.PositiveInfinity;
                    samples.Add((Name + "_bucket", series.Labels + separator + PrometheusText.Label("le", PrometheusText.Number(le)), cumulative));
                }

                samples.Add((Name + "_sum", series.Labels, series.Value));
                samples.Add((Name + "_count", series.Labels, series.Count));
            }
        }

        return new MetricFamily(Name, Type, Instrument.Description ?? Instrument.Name, samples);
    }

    private static double[] BoundsOf(Instrument instrument) => instrument switch
    {
        Histogram<double> h => h.Advice?.HistogramBucketBoundaries?.ToArray(),
        Histogram<float> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        Histogram<long> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        Histogram<int> h => h.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        _ => null,
    } ?? DefaultBounds;

    private sealed class Series(string labels, int bounds)
    {
        public string Labels { get; } = labels;

        /// <summary>The value; for a histogram, the sum of observations.</summary>
        public double Value { get; set; }

        /// <summary>Observations per bucket, the last one above every bound (histograms).</summary>
        public long[] Counts { get; } = new long[bounds + 1];

        public long Count { get; set; }
    }
}
