using Bot.Storage;
using Bot.Storage.Migrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Bot.Host.Observability;

/// <summary>
/// Readiness: the schema is at least at the version this build's migrations define. A newer schema (a newer
/// replica migrated during a rolling upgrade) still counts as ready.
/// </summary>
internal sealed class MigrationsHealthCheck(StorageProbe storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        int applied;
        try
        {
            applied = await storage.GetSchemaVersionAsync(cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            return HealthCheckResult.Unhealthy("cannot read schema_migrations: " + ex.Message);
        }

        var expected = DatabaseMigrator.LatestVersion;
        var description = $"schema version {applied}, this build needs {expected}";
        return applied >= expected ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy(description);
    }
}
