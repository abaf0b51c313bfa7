using Bot.Commands;
using Bot.Commands.Status;
using Bot.Core.Watching;
using Bot.Host.Hosting;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Host.IntegrationTests.Commands;

/// <summary>
/// <c>/status</c>'s gateway line while this replica holds the shard but cannot reach Discord (nothing listens at the
/// configured API address), and before the host has started, on a database of its own so the lease is free.
/// </summary>
public sealed class StatusGatewayConnectingTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const ulong Guild = 1_100_000_000_000_006_601;

    [Fact]
    public async Task Status_HoldingTheShardWithoutAConnection_SaysConnecting()
    {
        using var host = CreateHost();
        await host.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            var gateway = host.Services.GetRequiredService<IGatewayStatus>();
            await CommandBot.WaitForAsync(() => Task.FromResult(gateway.State == GatewayState.Connecting));

            (await StatusAsync(host, "en-US")).ShouldContain("Gateway: connecting (this replica holds the shard)");
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Status_HostNotStarted_SaysTheGatewayIsNotStarted()
    {
        using var host = CreateHost();

        host.Services.GetRequiredService<IGatewayStatus>().State.ShouldBe(GatewayState.Idle);
        (await StatusAsync(host, "fr")).ShouldContain("Passerelle: non démarrée");
    }

    // Port 9 (discard) on loopback: every request to "Discord" is refused, so the gateway never connects.
    private IHost CreateHost()
    {
        var arguments = BotArguments.For(new Uri("http://127.0.0.1:9/feed.xml"), database.ConnectionString, "connecting-" + Guid.NewGuid().ToString("N"));
        arguments.AddRange(["--Discord:Token=connecting-test-token", "--Discord:ApiBaseUrl=http://127.0.0.1:9/api/v10", "--Discord:RetryDelay=00:00:00.050"]);
        return BotApplication.CreateHost(BotConfiguration.Build(arguments), database.ConnectionString, null);
    }

    private static async Task<string> StatusAsync(IHost host, string locale)
    {
        await using var scope = host.Services.CreateAsyncScope();
        // A host that was never started has not migrated its database yet.
        await scope.ServiceProvider.GetRequiredService<Bot.Storage.Migrations.DatabaseMigrator>().MigrateAsync(TestContext.Current.CancellationToken);
        var request = new CommandRequest(new GuildId(Guild), new AuditActor(1_000_000_000_000_000_042, "analyst"), 2048, [], locale, CommandArguments.None);
        var reply = await scope.ServiceProvider.GetRequiredService<CommandRunner>().RunAsync("status", request, TestContext.Current.CancellationToken);
        return Bot.Host.Cli.ChatOpsCommandLine.Render(reply);
    }
}
