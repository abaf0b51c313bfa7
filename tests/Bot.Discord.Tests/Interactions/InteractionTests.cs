using System.Text.Json.Nodes;
using Bot.Discord.Interactions;
using Bot.TestKit.Discord;

namespace Bot.Discord.Tests.Interactions;

public sealed class InteractionTests
{
    private static JsonArray Options(string mode, long? count = null, bool focused = false)
    {
        var options = new JsonArray { new JsonObject { ["name"] = "mode", ["type"] = 3, ["value"] = mode, ["focused"] = focused ? true : null } };
        if (count is { } n)
        {
            options.Add(new JsonObject { ["name"] = "count", ["type"] = 4, ["value"] = n });
        }

        return options;
    }

    // Real time here: Discord's 3-second deadline must not be eaten by a cold start on a busy machine.
    private static Task<DiscordHarness> StartAsync() => DiscordHarness.StartAsync(timeFactor: 1, services: services => services.AddDiscordCommand<ProbeCommand>());

    private static async Task<FakeInteraction> InvokeAsync(DiscordHarness harness, JsonArray options, TimeSpan age = default, ulong? id = null, int type = 2)
    {
        var interaction = await harness.Fake.SendInteractionAsync("probe", options, type: type, age: age, id: id);
        await DiscordHarness.Until(() => interaction.CallbackType is not null || !interaction.RefusedCodes.IsEmpty, "an answer to the interaction");
        return interaction;
    }

    [Fact]
    public async Task Interaction_SlashCommand_HandlerSeesEverythingAndRepliesWithin3Seconds()
    {
        await using var harness = await StartAsync();
        await harness.StartReadyAsync();

        var interaction = await InvokeAsync(harness, Options("reply", 7));

        var seen = ProbeCommand.Seen.Single(s => s.Interaction.Id.Value == interaction.Id);
        seen.Mode.ShouldBe("reply");
        seen.Count.ShouldBe(7);
        seen.Interaction.Data!.Name.ShouldBe("probe");
        seen.Interaction.GuildId!.Value.Value.ShouldBe(1_100_000_000_000_000_001UL);
        seen.Interaction.ChannelId!.Value.Value.ShouldBe(1_200_000_000_000_000_001UL);
        seen.Interaction.MemberPermissions.ShouldBe(2147483647UL);
        seen.Interaction.Locale.ShouldBe("fr");
        seen.Interaction.Invoker!.Username.ShouldBe("analyst");
        seen.Interaction.ToString().ShouldNotContain(interaction.Token);
        harness.Logs.Entries.ShouldAllBe(e => !e.Message.Contains(interaction.Token, StringComparison.Ordinal));
        interaction.CallbackType.ShouldBe(4);
        interaction.CallbackAfter!.Value.ShouldBeLessThan(3.0);
        interaction.CallbackData!["content"]!.GetValue<string>().ShouldBe($"pong {interaction.Id}");
        interaction.CallbackData["allowed_mentions"]!.ToJsonString().ShouldBe("""{"parse":[]}""");
    }

    [Fact]
    public async Task Interaction_EphemeralReply_SetsFlag64()
    {
        await using var harness = await StartAsync();
        await harness.StartReadyAsync();

        var interaction = await InvokeAsync(harness, Options("ephemeral"));

        interaction.CallbackData!["flags"]!.GetValue<int>().ShouldBe(64);
    }

    [Fact]
    public async Task Interaction_SlowHandler_DeferredInTimeThenOriginalEdited()
    {
        await using var harness = await StartAsync();
        await harness.StartReadyAsync();

        var interaction = await InvokeAsync(harness, Options("slow"));
        await DiscordHarness.Until(() => !interaction.Edits.IsEmpty, "the edit of the deferred response");

        interaction.CallbackType.ShouldBe(5);
        interaction.CallbackAfter!.Value.ShouldBeInRange(1.4, 3.0);
        interaction.Edits.Single()["content"]!.GetValue<string>().ShouldBe("late but fine");
        interaction.RefusedCodes.ShouldBeEmpty();
    }

    [Fact]
    public async Task EditAsync_NullAndLeftOutFields_ClearAndKeepAsPatchDoes()
    {
        await using var harness = await StartAsync();
        await harness.StartReadyAsync();

        var interaction = await InvokeAsync(harness, Options("edit"));
        await DiscordHarness.Until(() => interaction.Edits.Count == 2, "both edits");

        var edits = interaction.Edits.ToArray();
        edits[0].ToJsonString().ShouldBe("""{"content":null,"embeds":[{"title":"Result"}]}"""); // null sent, to clear
        edits[1].ToJsonString().ShouldBe("""{"allowed_mentions":{"parse":[]}}"""); // the rest left out, to keep
        interaction.Original!.ContainsKey("content").ShouldBeFalse();
        interaction.Original["embeds"]![0]!["title"]!.GetValue<string>().ShouldBe("Result");
    }

    [Fact]
    public async Task Interaction_SecondReply_BecomesEphemeralFollowUp()
    {
        await using var harness = await StartAsync();
        await harness.StartReadyAsync();

        var interaction = await InvokeAsync(harness, Options("followup"));
        await DiscordHarness.Until(() => !interaction.FollowUps.IsEmpty, "the follow-up");

        var followUp = interaction.FollowUps.Single();
        followUp["content"]!.GetValue<string>().ShouldBe("second");
        followUp["flags"]!.GetValue<int>().ShouldBe(64);
        interaction.RefusedCodes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Interaction_Autocomplete_AnswersWithAtMost25Choices()
    {
        await using var harness = await StartAsync();
        await harness.StartReadyAsync();

        var interaction = await InvokeAsync(harness, Options("ab", focused: true), type: 4);

        interaction.CallbackType.ShouldBe(8);
        var choices = interaction.CallbackData!["choices"]!.AsArray();
        choices.Count.ShouldBe(25);
        choices[3]!["value"]!.GetValue<string>().ShouldBe("ab3");
    }

    [Fact]
    public async Task Interaction_TooLate_Refused10062AndLogged()
    {
        await using var harness = await StartAsync();
        await harness.StartReadyAsync();

        var interaction = await InvokeAsync(harness, Options("reply"), age: TimeSpan.FromSeconds(4));

        await DiscordHarness.Until(() => harness.Logs.Entries.Any(e => e.EventId.Name == "InteractionExpired"), "the expiry to be logged");
        interaction.RefusedCodes.ShouldContain(10062);
        interaction.CallbackType.ShouldBeNull();
    }

    [Fact]
    public async Task Interaction_DeliveredTwice_HandledOnce()
    {
        await using var harness = await StartAsync();
        await harness.StartReadyAsync();

        var interaction = await InvokeAsync(harness, Options("reply"));
        await harness.Fake.SendInteractionAsync("probe", Options("reply"), id: interaction.Id);
        await harness.Fake.Gateway.DispatchAsync("TEST", new JsonObject { ["n"] = 1 });
        await DiscordHarness.Until(() => harness.Queue.Running == 0 && harness.Queue.Pending == 0, "the queue to drain");
        await Task.Delay(50, TestContext.Current.CancellationToken);

        ProbeCommand.Seen.Count(s => s.Interaction.Id.Value == interaction.Id).ShouldBe(1);
        interaction.RefusedCodes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("throw", InteractionDispatcher.FailureText)]
    [InlineData("silent", "Done.")]
    public async Task Interaction_HandlerFailsOrStaysSilent_StillAnsweredEphemerally(string mode, string text)
    {
        await using var harness = await StartAsync();
        await harness.StartReadyAsync();

        var interaction = await InvokeAsync(harness, Options(mode));

        interaction.CallbackType.ShouldBe(4);
        interaction.CallbackData!["content"]!.GetValue<string>().ShouldBe(text);
        interaction.CallbackData["flags"]!.GetValue<int>().ShouldBe(64);
    }

    [Fact]
    public async Task Interaction_UnknownCommand_AnsweredEphemerally()
    {
        await using var harness = await StartAsync();
        await harness.StartReadyAsync();

        var interaction = await harness.Fake.SendInteractionAsync("nope");
        await DiscordHarness.Until(() => interaction.CallbackType is not null, "an answer");

        interaction.CallbackData!["flags"]!.GetValue<int>().ShouldBe(64);
    }
}
