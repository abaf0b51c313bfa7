using Bot.Core.Alerts;
using Bot.Core.Watching;
using Bot.Host.Delivery;

namespace Bot.Host.IntegrationTests.Delivery;

public sealed class AlertEmbedTests
{
    private static readonly Alert Sample = new(
        42, new GuildId(1), 10, ["Russia denial", "Accusation"], "tass", "Песков назвал обвинения абсурдными", new Uri("https://example.com/a"),
        ["Песков назвал обвинения в кибератаках абсурдными."], new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero))
    {
        Concepts = ["actor:russia", "actor:north-korea", "group:apt28", "stance:denial", "topic:cyber"],
        Language = "ru",
    };

    [Fact]
    public void Build_NamesWhoStanceRulesSourceLanguageAndTime()
    {
        var embed = AlertEmbed.Build(Sample);

        embed.Title.ShouldBe("Песков назвал обвинения абсурдными");
        embed.Url.ShouldBe(new Uri("https://example.com/a"));
        embed.Description.ShouldBe("> Песков назвал обвинения в кибератаках абсурдными.");
        var fields = embed.Fields!.ToDictionary(f => f.Name, f => f.Value);
        fields["Who"].ShouldBe("Russia, North Korea, APT28");
        fields["Stance"].ShouldBe("Denial");
        fields["Rules"].ShouldBe("Russia denial, Accusation");
        fields["Source"].ShouldBe("tass");
        fields["Language"].ShouldBe("ru");
        fields["Published"].ShouldBe("<t:1795161600:f>");
    }

    [Fact]
    public void Build_LongTextFromTheFeed_IsCutAtWordsWithinDiscordsLimits()
    {
        var words = string.Join(' ', Enumerable.Repeat("attribution", 1000));
        var alert = Sample with { Title = "Title\nwith a line break " + words, Evidence = [.. Enumerable.Repeat(words, 10)] };

        var embed = AlertEmbed.Build(alert);

        embed.Title!.Length.ShouldBeLessThanOrEqualTo(256);
        embed.Title.ShouldEndWith("attribution…");
        embed.Title.ShouldNotContain("\n");
        embed.Description!.Length.ShouldBeLessThanOrEqualTo(4096);
        embed.Description.Split('\n').ShouldAllBe(line => line.StartsWith("> ", StringComparison.Ordinal) && line.EndsWith("attribution…", StringComparison.Ordinal));
    }

    [Fact]
    public void Message_MentionsOnlyTheRulesRoles_WithAStableNonce()
    {
        var message = AlertEmbed.Message(Sample with { MentionRoleIds = [5, 6] });

        message.Content.ShouldBe("<@&5> <@&6>");
        message.AllowedMentions!.Parse.ShouldBeEmpty();
        message.AllowedMentions.Roles!.Select(r => r.Value).ShouldBe([5UL, 6UL]);
        message.Nonce.ShouldBe("alert-42");
        message.EnforceNonce.ShouldBe(true);
        AlertEmbed.Message(Sample).Content.ShouldBeNull();
        AlertEmbed.Nonce(long.MaxValue).Length.ShouldBeLessThanOrEqualTo(25);
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("one two three four", 10, "one two…")]
    [InlineData("abcdefghijklmnop", 10, "abcdefghi…")]
    public void ToLimit_CutsAtAWordWhenItCan(string text, int limit, string expected)
    {
        var cut = TextCut.ToLimit(text, limit);

        cut.ShouldBe(expected);
        cut.Length.ShouldBeLessThanOrEqualTo(limit);
    }
}
