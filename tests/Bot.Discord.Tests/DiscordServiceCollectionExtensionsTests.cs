using Bot.Discord.Tests.Interactions;
using Bot.TestKit.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Tests;

public sealed class DiscordServiceCollectionExtensionsTests
{
    private static IHost BuildHost(FakeDiscord fake, IDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl.ToString(),
        }.Concat(settings));
        builder.Logging.ClearProviders();
        builder.Services.AddDiscord(builder.Configuration);
        builder.Services.AddDiscordCommand<ProbeCommand>();
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        return builder.Build();
    }

    [Fact]
    public async Task AddDiscord_GenericHost_ValidatesRegistersCommandsAndConnects()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var host = BuildHost(fake, new Dictionary<string, string?> { ["Discord:Token"] = fake.Options.Token });

        await host.StartAsync(TestContext.Current.CancellationToken);
        await DiscordHarness.Until(() => fake.Gateway.IsReady && fake.CommandPuts.GetValueOrDefault("global") == 1, "commands and a gateway session");
        await host.StopAsync(TestContext.Current.CancellationToken);

        fake.Gateway.ClientCloseCodes.ShouldBe([1000]); // a host stop closes normally: Discord ends the session at once
        fake.Gateway.SessionId.ShouldBeNull();
        host.Services.GetRequiredService<Bot.Discord.Gateway.GatewayCounters>().LiveConnections.ShouldBe(0);
    }

    [Fact]
    public async Task AddDiscord_BadSettings_StartFailsNamingEachSetting()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var host = BuildHost(fake, new Dictionary<string, string?> { ["Discord:Token"] = "Bot abc", ["Discord:ShardId"] = "2", ["Discord:ShardCount"] = "2" });

        var failure = await Should.ThrowAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        failure.Message.ShouldContain("Discord:Token");
        failure.Message.ShouldContain("Discord:ShardId");
        failure.Message.ShouldNotContain("abc");
    }

    [Fact]
    public async Task AddDiscord_FatalCloseCode_StopsTheApplication()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var host = BuildHost(fake, new Dictionary<string, string?> { ["Discord:Token"] = fake.Options.Token });
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        await host.StartAsync(TestContext.Current.CancellationToken);
        await DiscordHarness.Until(() => fake.Gateway.IsReady, "a gateway session");

        await fake.Gateway.CloseAsync(4004);
        await DiscordHarness.Until(() => lifetime.ApplicationStopping.IsCancellationRequested, "the application to stop");

        await host.StopAsync(TestContext.Current.CancellationToken);
    }
}
