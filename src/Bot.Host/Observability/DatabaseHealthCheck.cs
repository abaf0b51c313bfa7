using Bot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Bot.Host.Observability;

/// <summary>Readiness: the database answers a query.</summary>
internal sealed class DatabaseHealthCheck(StorageProbe storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy("reachable");
        }
        catch (NpgsqlException ex)
        {
            // Npgsql messages name the host and the failure, never the password.
            return HealthCheckResult.Unhealthy("unreachable: " + ex.Message);
        }
    }
}
