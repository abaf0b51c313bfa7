using System.Net;
using System.Text.Json;
using Bot.TestKit;

namespace Bot.Host.IntegrationTests;

/// <summary><c>bot feed parse</c> as an operator runs it, against a loopback feed server and local files.</summary>
public sealed class FeedParseCommandTests
{
    // The SSRF guard refuses loopback unless the operator allows it, as the tests do.
    private const string AllowLoopback = "--Bot:Http:AllowedNetworks:0=127.0.0.0/8";

    [Fact]
    public async Task FeedParse_Url_PrintsTheFeedAsJson()
    {
        await using var server = await FeedServer.StartAsync();
        server.Serve("/feed.xml", RssFeed.Create("Loopback news", BotArguments.Denial("a1"), BotArguments.Unrelated("b2")));

        await using var bot = BotProcess.Start(["feed", "parse", server.Url("/feed.xml").ToString(), AllowLoopback]);

        (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(0, string.Join('\n', bot.Errors.Lines));
        using var json = JsonDocument.Parse(string.Join('\n', bot.Output.Lines));
        var root = json.RootElement;
        root.GetProperty("title").GetString().ShouldBe("Loopback news");
        var items = root.GetProperty("items");
        items.GetArrayLength().ShouldBe(2);
        var first = items[0];
        first.GetProperty("id").GetString().ShouldBe("a1");
        first.GetProperty("title").GetString().ShouldBe("Kremlin denies hacking claims (a1)");
        first.GetProperty("link").GetString().ShouldBe("https://example.com/a1");
        first.GetProperty("published").GetString().ShouldBe("2026-11-20T08:00:00Z");
        first.GetProperty("updated").ValueKind.ShouldBe(JsonValueKind.Null);
        first.GetProperty("summary").GetString().ShouldStartWith("Moscow rejected the accusation.");
        first.GetProperty("authors").GetArrayLength().ShouldBe(0);
        first.GetProperty("categories").GetArrayLength().ShouldBe(0);
        first.TryGetProperty("content", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task FeedParse_UrlAnswering404_ExitsOneSayingWhy()
    {
        await using var server = await FeedServer.StartAsync();
        server.Fail("/gone.xml", HttpStatusCode.NotFound);

        await using var bot = BotProcess.Start(["feed", "parse", server.Url("/gone.xml").ToString(), AllowLoopback]);

        (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(1);
        string.Join('\n', bot.Errors.Lines).ShouldContain("HTTP 404 NotFound");
        bot.Output.Lines.ShouldBeEmpty();
    }

    [Fact]
    public async Task FeedParse_FileWithBaseUrl_ResolvesRelativeLinksAndConvertsDatesToUtc()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bot-feed-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(path, """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
              <title>Flux</title>
              <entry>
                <id>urn:1</id><title>Le Kremlin dément</title><link href="/fr/1"/>
                <author><name>Rédaction</name></author><category term="cyber"/>
                <updated>2024-05-01T12:00:00+02:00</updated>
              </entry>
            </feed>
            """, TestContext.Current.CancellationToken);
        try
        {
            await using var bot = BotProcess.Start(["feed", "parse", path, "--base-url", "https://news.example/feeds/fr.xml"]);

            (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(0, string.Join('\n', bot.Errors.Lines));
            using var json = JsonDocument.Parse(string.Join('\n', bot.Output.Lines));
            json.RootElement.GetProperty("language").GetString().ShouldBe("fr");
            var entry = json.RootElement.GetProperty("items")[0];
            entry.GetProperty("link").GetString().ShouldBe("https://news.example/fr/1");
            entry.GetProperty("updated").GetString().ShouldBe("2024-05-01T10:00:00Z");
            entry.GetProperty("authors")[0].GetString().ShouldBe("Rédaction");
            entry.GetProperty("categories")[0].GetString().ShouldBe("cyber");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task FeedParse_HtmlPage_ExitsOneNamingTheProblem()
    {
        await using var server = await FeedServer.StartAsync();
        server.Serve("/page", "<!DOCTYPE html><html><body>Not a feed</body></html>", "text/html");

        await using var bot = BotProcess.Start(["feed", "parse", server.Url("/page").ToString(), AllowLoopback]);

        (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(1);
        string.Join('\n', bot.Errors.Lines).ShouldContain("HTML page, not a feed");
    }

    [Fact]
    public async Task FeedParse_Help_DescribesTheVerbAndItsOptions()
    {
        await using var bot = BotProcess.Start(["feed", "parse", "--help"]);

        (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(0);
        var help = string.Join('\n', bot.Output.Lines);
        help.ShouldContain("FILE_OR_URL");
        help.ShouldContain("--base-url");
        help.ShouldContain("--content-type");
    }
}
