using System.Diagnostics.Metrics;
using Bot.Host.Observability;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.IntegrationTests.Observability;

/// <summary>The collector and the text format, on a meter of the test's own.</summary>
public sealed class MetricsCollectorTests
{
    [Fact]
    public void Collect_EveryInstrumentKind_WritesParsablePrometheusText()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        using var collector = new MetricsCollector(factory);
        var meter = factory.Create("Bot.Tests." + Guid.NewGuid().ToString("N"));
        var counter = meter.CreateCounter<long>("test.requests", "{request}", "Requests\nseen");
        var histogram = meter.CreateHistogram("test.duration", "s", "Durations", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.5, 1] });
        var updown = meter.CreateUpDownCounter<int>("test.open", "{connection}", "Open connections");
        meter.CreateObservableGauge("test.queue", () => 7.5, "By", "Queue size");
        counter.Add(2, new KeyValuePair<string, object?>("path", "a\"b\\c\nd"));
        counter.Add(3, new KeyValuePair<string, object?>("path", "a\"b\\c\nd"));
        histogram.Record(0.2);
        histogram.Record(0.7);
        histogram.Record(4);
        updown.Add(5);
        updown.Add(-2);

        var text = new StringWriter();
        PrometheusText.Write(text, collector.Collect());
        var samples = PrometheusTextParser.Parse(text.ToString());

        samples.ShouldContain(s => s.Name == "test_requests_total" && s.Labels["path"] == "a\"b\\c\nd" && s.Value == 5);
        samples.ShouldContain(s => s.Name == "test_duration_seconds_bucket" && s.Labels["le"] == "0.5" && s.Value == 1);
        samples.ShouldContain(s => s.Name == "test_duration_seconds_bucket" && s.Labels["le"] == "1" && s.Value == 2);
        samples.ShouldContain(s => s.Name == "test_duration_seconds_bucket" && s.Labels["le"] == "+Inf" && s.Value == 3);
        samples.ShouldContain(s => s.Name == "test_duration_seconds_sum" && Math.Abs(s.Value - 4.9) < 1e-9);
        samples.ShouldContain(s => s.Name == "test_duration_seconds_count" && s.Value == 3);
        samples.ShouldContain(s => s.Name == "test_open" && s.Value == 3);
        samples.ShouldContain(s => s.Name == "test_queue_bytes" && s.Value == 7.5);
        text.ToString().ShouldContain("# HELP test_requests_total Requests\\nseen\n# TYPE test_requests_total counter\n");
        text.ToString().ShouldContain("# TYPE test_open gauge\n");
    }

    [Fact]
    public void Collect_MeterFromAnotherFactory_IsLeftOut()
    {
        using var ours = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var theirs = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var collector = new MetricsCollector(ours.GetRequiredService<IMeterFactory>());
        var name = "Bot.Tests." + Guid.NewGuid().ToString("N");
        theirs.GetRequiredService<IMeterFactory>().Create(name).CreateCounter<long>("test.elsewhere").Add(1);

        collector.Collect().ShouldNotContain(family => family.Name == "test_elsewhere_total");
    }
}
