using Microsoft.Extensions.Configuration;

namespace Bot.Host.Observability;

/// <summary>
/// OTLP export of the bot's metrics, set with OpenTelemetry's standard variables (from the environment or any
/// other configuration source). Off while <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is unset.
/// </summary>
public sealed class OtlpExportOptions
{
    public const string EndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ProtocolKey = "OTEL_EXPORTER_OTLP_PROTOCOL";
    public const string IntervalKey = "OTEL_METRIC_EXPORT_INTERVAL";
    public const string ServiceNameKey = "OTEL_SERVICE_NAME";

    internal const string Grpc = "grpc";
    internal const string HttpProtobuf = "http/protobuf";

    /// <summary>Collector base URL, such as <c>http://otel-collector:4317</c>. Default none: no export.</summary>
    public string? Endpoint { get; set; }

    /// <summary><c>grpc</c> (the default) or <c>http/protobuf</c> (then <c>/v1/metrics</c> is added to the endpoint).</summary>
    public string Protocol { get; set; } = Grpc;

    /// <summary>Milliseconds between exports, as text (as the variable is). Default 60000.</summary>
    public string ExportInterval { get; set; } = "60000";

    /// <summary>The <c>service.name</c> resource attribute. Default <c>attribution-watch-bot</c>.</summary>
    public string ServiceName { get; set; } = "attribution-watch-bot";

    internal TimeSpan Interval => TimeSpan.FromMilliseconds(int.Parse(ExportInterval, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Where metrics are sent: the endpoint, with the signal path for <c>http/protobuf</c> as the variable means.</summary>
    internal Uri MetricsEndpoint => Protocol == HttpProtobuf
        ? new Uri(Endpoint!.TrimEnd('/') + "/v1/metrics")
        : new Uri(Endpoint!);

    internal void Read(IConfiguration configuration)
    {
        Endpoint = configuration[EndpointKey] is { Length: > 0 } endpoint ? endpoint : Endpoint;
        Protocol = configuration[ProtocolKey] is { Length: > 0 } protocol ? protocol : Protocol;
        ExportInterval = configuration[IntervalKey] is { Length: > 0 } interval ? interval : ExportInterval;
        ServiceName = configuration[ServiceNameKey] is { Length: > 0 } name ? name : ServiceName;
    }
}
