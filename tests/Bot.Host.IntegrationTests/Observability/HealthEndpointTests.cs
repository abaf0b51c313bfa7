using System.Net;
using Bot.Host.Hosting;
using Bot.Host.Observability;
using Bot.TestKit;
using Npgsql;

namespace Bot.Host.IntegrationTests.Observability;

/// <summary><c>/healthz</c>, <c>/readyz</c> and <c>bot health</c> against the real host and PostgreSQL.</summary>
public sealed class HealthEndpointTests(PostgresServer server)
{
    private static readonly Uri UnusedFeed = new("http://127.0.0.1:9/feed.xml");

    [Fact]
    public async Task Readyz_DatabaseGoneThenBack_TurnsUnavailableThenReady()
    {
        var name = "test_" + Guid.NewGuid().ToString("N");
        var connectionString = await server.CreateDatabaseAsync(name);
        try
        {
            await using var bot = await InProcessBot.StartAsync(UnusedFeed, connectionString);

            var ready = await bot.WaitForAsync("/readyz", (status, _) => status == HttpStatusCode.OK);
            ready.ShouldStartWith("Healthy\n");
            ready.ShouldContain("database: Healthy");
            ready.ShouldContain($"migrations: Healthy - schema version {Bot.Storage.Migrations.DatabaseMigrator.LatestVersion}");
            ready.ShouldContain("scheduler: Healthy");
            (await bot.GetAsync("/healthz")).ShouldBe((HttpStatusCode.OK, "Healthy\n"));

            // Gone: under another name, so it can come back and the scheduler can stop cleanly afterwards.
            await RenameDatabaseAsync(name, name + "_away");
            var gone = await bot.WaitForAsync("/readyz", (status, _) => status == HttpStatusCode.ServiceUnavailable);
            gone.ShouldStartWith("Unhealthy\n");
            gone.ShouldContain("database: Unhealthy - unreachable");
            (await bot.GetAsync("/healthz")).Status.ShouldBe(HttpStatusCode.OK);

            await RenameDatabaseAsync(name + "_away", name);
            await bot.WaitForAsync("/readyz", (status, _) => status == HttpStatusCode.OK);
            (await bot.GetAsync("/nowhere")).Status.ShouldBe(HttpStatusCode.NotFound);
        }
        finally
        {
            await server.DropDatabaseAsync(name + "_away");
            await server.DropDatabaseAsync(name);
        }
    }

    [Fact]
    public async Task HealthVerb_BotReady_ExitsZeroWithReport()
    {
        var name = "test_" + Guid.NewGuid().ToString("N");
        try
        {
            await using var bot = await InProcessBot.StartAsync(UnusedFeed, await server.CreateDatabaseAsync(name));
            await bot.WaitForAsync("/readyz", (status, _) => status == HttpStatusCode.OK);

            await using var probe = BotProcess.Start(["health", $"--Bot:Health:Port={bot.BaseAddress.Port}", "--Bot:Health:Address=127.0.0.1"]);

            (await probe.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.Success);
            string.Join('\n', probe.Output.Lines).ShouldContain("migrations: Healthy");
        }
        finally
        {
            await server.DropDatabaseAsync(name);
        }
    }

    [Fact]
    public async Task ProbeAsync_NothingListening_ReturnsUnhealthy()
    {
        var port = FreePort();
        var errors = new StringWriter();

        var code = await HealthCommand.ProbeAsync(live: true, [$"--Bot:Health:Port={port}"], TextWriter.Null, errors, TestContext.Current.CancellationToken);

        code.ShouldBe(HealthCommand.Unhealthy);
        errors.ToString().ShouldContain($"127.0.0.1:{port}/healthz");
    }

    [Fact]
    public async Task ProbeAsync_PortUnset_ReturnsConfigurationError()
    {
        var errors = new StringWriter();

        var code = await HealthCommand.ProbeAsync(live: false, [], TextWriter.Null, errors, TestContext.Current.CancellationToken);

        code.ShouldBe(ExitCodes.ConfigurationError);
        errors.ToString().ShouldContain("Bot:Health:Port is not set");
    }

    [Fact]
    public void Validate_PortAndAddressWrong_NamesBothSettings()
    {
        var result = new HealthOptionsValidator().Validate(null, new HealthOptions { Port = 70000, Address = "everywhere" });

        result.Failed.ShouldBeTrue();
        result.Failures.ShouldContain(f => f.StartsWith("Bot:Health:Port must be between 0 and 65535", StringComparison.Ordinal));
        result.Failures.ShouldContain(f => f.StartsWith("Bot:Health:Address must be '*' or an IP address", StringComparison.Ordinal));
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task RenameDatabaseAsync(string from, string to)
    {
        await using var admin = NpgsqlDataSource.Create(server.AdminConnectionString);
        for (var attempt = 1; ; attempt++)
        {
            // The bot reconnects at once, so end its sessions and rename in a loop until no session is in the way.
            await using var terminate = admin.CreateCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()");
            terminate.Parameters.Add(new NpgsqlParameter { Value = from });
            await terminate.ExecuteScalarAsync(TestContext.Current.CancellationToken);
            try
            {
                await using var rename = admin.CreateCommand($"ALTER DATABASE \"{from}\" RENAME TO \"{to}\"");
                await rename.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 100)
            {
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }
        }
    }
}
