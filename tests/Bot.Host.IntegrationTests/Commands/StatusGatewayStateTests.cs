using Bot.Commands;
using Bot.Commands.Status;
using Bot.Core.Watching;
using Bot.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Host.IntegrationTests.Commands;

/// <summary>
/// <c>/status</c>'s gateway line for the states a replica answering through the fake never is in: a second replica
/// standing by while the first holds the shard, and a bot with no Discord token. Both run beside the fixture's bot
/// on its database, so the lease and the data are real.
/// </summary>
public sealed class StatusGatewayStateTests(CommandBot bot) : IClassFixture<CommandBot>
{
    private const ulong Guild = 1_100_000_000_000_006_501;

    [Fact]
    public async Task Status_SecondReplicaWhileTheFirstHoldsTheShard_SaysStandingByInTheUsersLanguage()
    {
        using var replica = CreateHost(
            $"--Discord:Token={bot.Discord.Options.Token}", $"--Discord:ApiBaseUrl={bot.Discord.ApiBaseUrl}", "--Discord:RetryDelay=00:00:00.050");
        await replica.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            var gateway = replica.Services.GetRequiredService<IGatewayStatus>();
            await CommandBot.WaitForAsync(() => Task.FromResult(gateway.State == GatewayState.StandingBy));

            (await StatusAsync(replica, "en-US")).ShouldContain("Gateway: standing by (another replica holds the shard)");
            (await StatusAsync(replica, "fr")).ShouldContain("Passerelle: ");
            bot.Discord.Gateway.IsReady.ShouldBeTrue();
        }
        finally
        {
            await replica.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Status_NoDiscordToken_SaysTheGatewayIsNotUsed()
    {
        using var consoleOnly = CreateHost();

        consoleOnly.Services.GetService<IGatewayStatus>().ShouldBeNull();
        (await StatusAsync(consoleOnly, "en-US")).ShouldContain("Gateway: not used: no Discord token is configured");
    }

    private IHost CreateHost(params string[] discord)
    {
        var arguments = BotArguments.For(bot.Feeds.Url("/seeds.xml"), bot.ConnectionString, "status-" + Guid.NewGuid().ToString("N"));
        arguments.AddRange(discord);
        return BotApplication.CreateHost(BotConfiguration.Build(arguments), bot.ConnectionString, null);
    }

    // As a member in Discord would run it (not as the command line, whose status never looks at a gateway).
    private static async Task<string> StatusAsync(IHost host, string locale)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var request = new CommandRequest(new GuildId(Guild), new AuditActor(1_000_000_000_000_000_042, "analyst"), 2048, [], locale, CommandArguments.None);
        var reply = await scope.ServiceProvider.GetRequiredService<CommandRunner>().RunAsync("status", request, TestContext.Current.CancellationToken);
        return Bot.Host.Cli.ChatOpsCommandLine.Render(reply);
    }
}
