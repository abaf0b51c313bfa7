namespace Bot.Host.Observability;

/// <summary>
/// One metric as Prometheus exposes it: a name, a type (<c>counter</c>, <c>gauge</c> or <c>histogram</c>), help
/// text and its samples. A sample's name is the family's plus a suffix (<c>_bucket</c>, <c>_sum</c>, <c>_count</c>
/// for histograms); its labels are already formatted, <c>a="x",b="y"</c>, or empty.
/// </summary>
internal sealed record MetricFamily(string Name, string Type, string Help, IReadOnlyList<(string Name, string Labels, double Value)> Samples);
