using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Bot.Host.Observability;

/// <summary>
/// Sends every <c>Bot.*</c> meter to an OpenTelemetry collector over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// is set, and refreshes the outbox depth once per export interval (the Prometheus endpoint refreshes it per
/// scrape). The last values are flushed on shutdown, within the shutdown budget.
/// </summary>
internal sealed class OtlpMetricsExporter(
    IOptions<OtlpExportOptions> options,
    HostMetrics hostMetrics,
    TimeProvider timeProvider,
    ILogger<OtlpMetricsExporter> logger) : BackgroundService
{
    private static readonly TimeSpan FlushTimeout = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.Endpoint))
        {
            return;
        }

        using var provider = Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(resource => resource.AddService(settings.ServiceName))
            .AddMeter(MetricsCollector.MeterPrefix + "*")
            .AddOtlpExporter((exporter, reader) =>
            {
                exporter.Endpoint = settings.MetricsEndpoint;
                exporter.Protocol = settings.Protocol == OtlpExportOptions.HttpProtobuf ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)settings.Interval.TotalMilliseconds;
            })
            .Build();
        Log.OtlpExporting(logger, settings.MetricsEndpoint, settings.Protocol, settings.Interval);
        using var timer = new PeriodicTimer(settings.Interval, timeProvider);
        try
        {
            do
            {
                await hostMetrics.RefreshAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: fall through to the final flush.
        }

        provider.Shutdown((int)FlushTimeout.TotalMilliseconds);
    }
}
