using Bot.Discord.Gateway;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Host.Discord;

/// <summary>Readiness: this replica holds its shard with a gateway connection open, or stands by for another.</summary>
internal sealed class GatewayHealthCheck(DiscordGatewayService gateway) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(gateway.Role switch
        {
            GatewayRole.StandingBy => HealthCheckResult.Healthy("standing by: another replica holds the shard"),
            GatewayRole.Holding when gateway.IsConnected => HealthCheckResult.Healthy("connected"),
            GatewayRole.Holding => HealthCheckResult.Unhealthy("holding the shard, connecting"),
            _ => HealthCheckResult.Unhealthy(gateway.Result?.Reason ?? "not started"),
        });
}
