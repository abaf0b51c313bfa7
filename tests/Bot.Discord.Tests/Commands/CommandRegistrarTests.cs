using Bot.Discord.Commands;
using Bot.Discord.Rest;
using Bot.Discord.Tests.Interactions;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Discord.Tests.Commands;

public sealed class CommandRegistrarTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Task<DiscordHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        DiscordHarness.StartAsync(settings: settings, services: s =>
        {
            s.AddDiscordCommand<ProbeCommand>();
            services?.Invoke(s);
        });

    private static Snowflake AppId(DiscordHarness harness) => new(harness.Fake.Options.ApplicationId);

    [Fact]
    public async Task RegisterAsync_FirstStart_PutsGlobalCommandsWithLocalisationsPermissionsAndContexts()
    {
        await using var harness = await StartAsync();
        var registrar = harness.Provider.GetRequiredService<CommandRegistrar>();

        var results = await registrar.RegisterAsync(AppId(harness), Token);

        results.Single().Status.ShouldBe(CommandRegistrationStatus.Registered);
        var command = harness.Fake.Commands["global"].Single()!;
        command["name"]!.GetValue<string>().ShouldBe("probe");
        command["name_localizations"]!["fr"]!.GetValue<string>().ShouldBe("sonde");
        command["description_localizations"]!["ar"]!.GetValue<string>().ShouldBe("فحص الروبوت");
        command["default_member_permissions"]!.GetValue<string>().ShouldBe("32");
        command["contexts"]!.ToJsonString().ShouldBe("[0]");
        command["integration_types"]!.ToJsonString().ShouldBe("[0]");
        command["options"]![0]!["autocomplete"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task RegisterAsync_Unchanged_DoesNotPutAgain()
    {
        await using var harness = await StartAsync();
        var registrar = harness.Provider.GetRequiredService<CommandRegistrar>();

        await registrar.RegisterAsync(AppId(harness), Token);
        var second = await registrar.RegisterAsync(AppId(harness), Token);

        second.Single().Status.ShouldBe(CommandRegistrationStatus.Unchanged);
        harness.Fake.CommandPuts["global"].ShouldBe(1);
    }

    [Fact]
    public async Task RegisterAsync_StoredHashDiffers_PutsAgainAndStoresNewHash()
    {
        await using var harness = await StartAsync();
        var store = harness.Provider.GetRequiredService<ICommandRegistrationStore>();
        var scope = $"{AppId(harness)}/global";
        await store.SaveHashAsync(scope, "an-older-command-set", Token);

        var results = await harness.Provider.GetRequiredService<CommandRegistrar>().RegisterAsync(AppId(harness), Token);

        results.Single().Status.ShouldBe(CommandRegistrationStatus.Registered);
        (await store.GetHashAsync(scope, Token)).ShouldBe(CommandRegistrar.Hash([ProbeCommand.Command]));
    }

    [Fact]
    public async Task RegisterAsync_GuildIdsSet_PutsToEachGuildOnly()
    {
        await using var harness = await StartAsync(new Dictionary<string, string?>
        {
            ["Discord:GuildIds:0"] = "1100000000000000001",
            ["Discord:GuildIds:1"] = "1100000000000000002",
        });

        var results = await harness.Provider.GetRequiredService<CommandRegistrar>().RegisterAsync(AppId(harness), Token);

        results.Select(r => r.Status).ShouldBe([CommandRegistrationStatus.Registered, CommandRegistrationStatus.Registered]);
        harness.Fake.Commands.Keys.Order().ShouldBe(["guild/1100000000000000001", "guild/1100000000000000002"]);
        harness.Fake.Commands["guild/1100000000000000001"][0]!["guild_id"]!.GetValue<string>().ShouldBe("1100000000000000001");
    }

    [Fact]
    public async Task RegisterAsync_MissingArabic_FailsLocallyWithoutCallingDiscord()
    {
        await using var harness = await StartAsync(services: s => s.AddDiscordCommand<FrenchOnlyCommand>());

        var results = await harness.Provider.GetRequiredService<CommandRegistrar>().RegisterAsync(AppId(harness), Token);

        results.Single().Status.ShouldBe(CommandRegistrationStatus.Failed);
        results.Single().Problems!.ShouldContain(p => p.Contains("/watch") && p.Contains("'ar'"));
        harness.Fake.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task BulkOverwrite_InvalidName_ReturnsDiscordFieldErrorWithIndexPath()
    {
        await using var harness = await StartAsync();

        var result = await harness.Rest.BulkOverwriteGlobalCommandsAsync(AppId(harness), [ProbeCommand.Command, ProbeCommand.Command with { Name = "Bad Name" }], Token);

        result.Error!.Code.ShouldBe(DiscordErrorCodes.InvalidFormBody);
        result.Error.Errors.ShouldContain(e => e.Path == "1.name" && e.Code == "APPLICATION_COMMAND_INVALID_NAME");
    }

    [Fact]
    public void Hash_SameDefinitions_SameHashAndAnyChangeChangesIt()
    {
        var hash = CommandRegistrar.Hash([ProbeCommand.Command]);

        CommandRegistrar.Hash([ProbeCommand.Command with { }]).ShouldBe(hash);
        CommandRegistrar.Hash([ProbeCommand.Command with { DefaultMemberPermissions = "8" }]).ShouldNotBe(hash);
        hash.Length.ShouldBe(64);
    }

    private sealed class FrenchOnlyCommand : Bot.Discord.Interactions.ICommandHandler
    {
        public CommandDefinition Definition { get; } = new("watch", "Watch a source",
            new Dictionary<string, string> { ["fr"] = "surveiller" }, new Dictionary<string, string> { ["fr"] = "Surveiller une source" });

        public ValueTask HandleAsync(Bot.Discord.Interactions.InteractionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
