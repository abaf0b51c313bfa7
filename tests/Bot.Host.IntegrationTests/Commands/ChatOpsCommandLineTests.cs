using System.CommandLine;
using Bot.Host.Cli;
using Bot.TestKit;

namespace Bot.Host.IntegrationTests.Commands;

/// <summary><c>bot watch …</c>, <c>bot concept …</c> and <c>bot status</c>: the same commands as Discord, run as the operator.</summary>
public sealed class ChatOpsCommandLineTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Watch_AddListShowRemove_InTheGivenGuildWithExitCodes()
    {
        var add = await RunAsync("watch", "add", "CLI rule", "actor:china NEAR/10 stance:denial", "--channel", "5", "--guild", "77");
        add.ShouldBe((0, "Rule “CLI rule” added: its alerts go to <#5>.\n", string.Empty));

        (await RunAsync("watch", "list", "--guild", "77")).Output.ShouldContain("**CLI rule** · active · <#5>");
        (await RunAsync("watch", "list")).Output.ShouldNotContain("CLI rule");
        (await RunAsync("watch", "show", "CLI rule", "--guild", "77")).Output.ShouldContain("Query: actor:china NEAR/10 stance:denial");
        (await RunAsync("watch", "add", "CLI rule", "cyber", "--guild", "77")).ShouldBe((65, string.Empty, "This server already has a rule named “CLI rule”.\n"));
        (await RunAsync("watch", "edit", "CLI rule", "--query", "preset:china-denial", "--guild", "77")).ExitCode.ShouldBe(0);
        (await RunAsync("watch", "pause", "CLI rule", "--guild", "77")).ExitCode.ShouldBe(0);
        (await RunAsync("watch", "resume", "CLI rule", "--guild", "77")).ExitCode.ShouldBe(0);
        (await RunAsync("watch", "remove", "CLI rule", "--guild", "77")).ExitCode.ShouldBe(0);
        (await RunAsync("watch", "show", "CLI rule", "--guild", "77", "--locale", "fr")).ShouldBe((65, string.Empty, "Il n’y a pas de règle nommée « CLI rule » sur ce serveur.\n"));

        (await database.ScalarAsync<string>("SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE guild_id = 77 AND actor_name = 'command line' AND actor_id IS NULL"))
            .ShouldBe("rule.add,rule.edit,rule.pause,rule.resume,rule.remove");
    }

    [Fact]
    public async Task WatchEdit_ClearMentionRole_RoleGoneAndConflictRefusedWithExitTwo()
    {
        (await RunAsync("watch", "add", "CLI loud", "cyber", "--channel", "5", "--mention-role", "6", "--guild", "83")).ExitCode.ShouldBe(0);

        var conflict = await RunAsync("watch", "edit", "CLI loud", "--mention-role", "7", "--clear-mention-role", "--guild", "83");
        var cleared = await RunAsync("watch", "edit", "CLI loud", "--clear-mention-role", "--guild", "83");

        conflict.ShouldBe((2, string.Empty, "Give either mention_role (a new role to mention) or clear_mention_role (mention nobody), not both.\n"));
        cleared.ShouldBe((0, "Rule “CLI loud” changed.\n", string.Empty));
        (await database.ScalarAsync<long>("SELECT count(*) FROM watch_rules WHERE guild_id = 83 AND mention_role_id IS NULL")).ShouldBe(1);
    }

    [Fact]
    public async Task Watch_BadQueryOrDays_ExitsTwoWithTheReason()
    {
        var syntax = await RunAsync("watch", "add", "broken", "actor:russia NEAR/0 stance:denial");
        var days = await RunAsync("watch", "test", "cyber", "--days", "0");

        syntax.ExitCode.ShouldBe(2);
        syntax.Errors.ShouldContain("syntax error at position 14");
        days.ShouldBe((2, string.Empty, "days must be a whole number from 1 to 30 (got 0).\n"));
    }

    [Fact]
    public async Task WatchTest_NoArticles_SaysHowManyWereRead()
    {
        var test = await RunAsync("watch", "test", "preset:china-denial", "--days", "3", "--guild", "78");

        test.ExitCode.ShouldBe(0);
        test.Output.ShouldStartWith("Dry run over 3 day(s)\n0 of the 0 articles stored in the last 3 day(s) would have matched.");
    }

    [Fact]
    public async Task Concept_ShowAndAddTerm_TermBelongsToTheGuild()
    {
        (await RunAsync("concept", "add-term", "actor:china", "fr", "l'Empire du Milieu", "--guild", "79")).ExitCode.ShouldBe(0);
        (await RunAsync("concept", "add-term", "actor:china", "fr", "l'Empire du Milieu", "--guild", "79")).ExitCode.ShouldBe(65);
        (await RunAsync("concept", "add-term", "actor:chine", "fr", "x", "--guild", "79")).ExitCode.ShouldBe(65);

        var shown = await RunAsync("concept", "show", "actor:china", "--guild", "79", "--locale", "fr");
        shown.Output.ShouldStartWith("Concept actor:china\n");
        shown.Output.ShouldContain("Termes de ce serveur: l'Empire du Milieu (fr)");
        (await RunAsync("concept", "show", "actor:china")).Output.ShouldNotContain("Empire du Milieu");
    }

    [Fact]
    public async Task Status_CommandLine_SaysThereIsNoGatewayAndShowsOnlyTheGuildsPausedRules()
    {
        (await RunAsync("watch", "add", "CLI paused", "cyber", "--guild", "81")).ExitCode.ShouldBe(0);
        (await RunAsync("watch", "pause", "CLI paused", "--guild", "81")).ExitCode.ShouldBe(0);

        var status = await RunAsync("status", "--guild", "81");
        var other = await RunAsync("status", "--guild", "82", "--locale", "fr");

        status.ExitCode.ShouldBe(0);
        status.Output.ShouldStartWith("Status of this server\n");
        status.Output.ShouldContain("Gateway: none: the command line does not connect to Discord\n");
        status.Output.ShouldContain("Delivery backlog: nothing pending; 0 failed in the last 24 h\n");
        status.Output.ShouldContain("Paused rules (1): **CLI paused**: paused by command line\n");
        other.Output.ShouldContain("Passerelle: aucune : la ligne de commande ne se connecte pas à Discord\n");
        other.Output.ShouldContain("Règles en pause (0): aucun\n");
    }

    private async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var parse = BotCommandLine.Create().Parse([.. arguments, $"--ConnectionStrings:Postgres={database.ConnectionString}"]);
        var exitCode = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = errors }, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString().ReplaceLineEndings("\n"), errors.ToString().ReplaceLineEndings("\n"));
    }
}
