using Microsoft.Extensions.Hosting;

namespace Bot.Storage.Migrations;

/// <summary>Migrates the schema before anything else in the host starts (it is registered first).</summary>
internal sealed class MigrateOnStartHostedService(DatabaseMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
