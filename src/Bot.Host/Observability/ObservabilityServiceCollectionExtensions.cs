using Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bot.Host.Observability;

public static class ObservabilityServiceCollectionExtensions
{
    // A probe that waits longer than this is as good as a failed one; Kubernetes' probe timeout is set above it.
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// The health and metrics listener (<c>Bot:Health</c>), its readiness checks — database reachable, migrations
    /// applied, scheduler running — the metrics collector, and OTLP export when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
    /// is set. Register this first: liveness then answers while the
    /// rest starts.
    /// </summary>
    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HealthOptions>, HealthOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton<StorageProbe>();
        services.TryAddSingleton<MetricsCollector>();
        services.TryAddSingleton<HostMetrics>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ObservabilityServer.ReadyTag], timeout: CheckTimeout)
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [ObservabilityServer.ReadyTag], timeout: CheckTimeout)
            .AddQuartz(check =>
            {
                check.Name = "scheduler";
                check.Tags.Add(ObservabilityServer.ReadyTag);
            });
        services.AddOptions<OtlpExportOptions>().Configure(options => options.Read(configuration)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OtlpExportOptions>, OtlpExportOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<OtlpMetricsExporter>();
        services.TryAddSingleton<ObservabilityServer>();
        services.AddHostedService(provider => provider.GetRequiredService<ObservabilityServer>());
        return services;
    }
}
