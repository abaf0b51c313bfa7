using Bot.Feeds.Opml;
using Bot.Host.Hosting;
using Bot.TestKit;

namespace Bot.Host.IntegrationTests;

/// <summary><c>bot sources import|export|resume</c> as an operator runs them.</summary>
public sealed class SourcesCommandTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IDisposable
{
    private const string Newsroom = """
        <?xml version="1.0" encoding="utf-8"?>
        <opml version="2.0"><head><title>Newsroom</title></head><body>
          <outline text="World">
            <outline type="rss" text="Agence One" xmlUrl="https://one.example/rss.xml"/>
            <outline type="rss" text="Agence One" xmlUrl="https://one.example/other.xml"/>
          </outline>
          <outline type="rss" text="Broken" xmlUrl="gopher://old.example/feed"/>
        </body></opml>
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("bot-opml-").FullName;

    private string ConnectionSetting => $"--ConnectionStrings:Postgres={database.ConnectionString}";

    [Fact]
    public async Task Import_ThenExport_ListsTheImportedSourcesAsOpml()
    {
        var file = Path.Combine(_folder, "newsroom.opml");
        await File.WriteAllTextAsync(file, Newsroom, TestContext.Current.CancellationToken);

        await using var import = BotProcess.Start(["sources", "import", file, ConnectionSetting]);
        (await import.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.Success, string.Join('\n', import.Errors.Lines));
        await using var export = BotProcess.Start(["sources", "export", ConnectionSetting]);
        (await export.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.Success, string.Join('\n', export.Errors.Lines));

        import.Output.Lines.ShouldBe(["agence-one\thttps://one.example/rss.xml", "agence-one-2\thttps://one.example/other.xml"]);
        import.Errors.Lines.ShouldContain(line => line.Contains("skipped 'Broken'", StringComparison.Ordinal));
        (await database.ScalarAsync<long>("SELECT count(*) FROM sources WHERE origin = 'import' AND enabled AND name IN ('agence-one', 'agence-one-2')")).ShouldBe(2);
        using var exported = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', export.Output.Lines)));
        // The class shares one database, so other tests' sources may be exported too.
        var feeds = OpmlDocument.Read(exported).Feeds.Select(f => (f.Text, f.FeedUrl.AbsoluteUri)).ToList();
        feeds.ShouldContain(("agence-one", "https://one.example/rss.xml"));
        feeds.ShouldContain(("agence-one-2", "https://one.example/other.xml"));
    }

    [Fact]
    public async Task Import_MissingFile_ExitsNoInput()
    {
        await using var import = BotProcess.Start(["sources", "import", Path.Combine(_folder, "nope.opml"), ConnectionSetting]);

        (await import.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.NoInput);
        string.Join('\n', import.Errors.Lines).ShouldContain("Cannot open");
    }

    [Fact]
    public async Task Import_NotOpml_ExitsDataErrorNamingTheFile()
    {
        var file = Path.Combine(_folder, "page.opml");
        await File.WriteAllTextAsync(file, "<html><body>not a list</body></html>", TestContext.Current.CancellationToken);

        await using var import = BotProcess.Start(["sources", "import", file, ConnectionSetting]);

        (await import.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.DataError);
        string.Join('\n', import.Errors.Lines).ShouldContain("is not a readable OPML file");
    }

    [Fact]
    public async Task Resume_PausedSource_ClearsThePauseAndMakesItDue()
    {
        var file = Path.Combine(_folder, "one.opml");
        await File.WriteAllTextAsync(file, """<opml version="2.0"><body><outline text="Paused Feed" xmlUrl="https://paused.example/feed"/></body></opml>""", TestContext.Current.CancellationToken);
        await using (var import = BotProcess.Start(["sources", "import", file, ConnectionSetting]))
        {
            (await import.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.Success);
        }

        await database.ScalarAsync<int>("UPDATE sources SET paused_at = now(), paused_reason = 'HTTP 404', error_streak = 9, next_due_at = now() + interval '1 day' WHERE name = 'paused-feed' RETURNING 1");

        await using var resume = BotProcess.Start(["sources", "resume", "paused-feed", ConnectionSetting]);

        (await resume.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.Success);
        resume.Output.Lines.ShouldContain(line => line.StartsWith("Resumed paused-feed", StringComparison.Ordinal));
        (await database.ScalarAsync<long>("SELECT count(*) FROM sources WHERE name = 'paused-feed' AND paused_at IS NULL AND error_streak = 0 AND next_due_at <= now()")).ShouldBe(1);
    }

    [Fact]
    public async Task List_PausedSource_ShowsStateAndReason()
    {
        var file = Path.Combine(_folder, "listed.opml");
        await File.WriteAllTextAsync(file, """<opml version="2.0"><body><outline text="Listed" xmlUrl="https://listed.example/feed"/><outline text="Fresh" xmlUrl="https://fresh.example/feed"/></body></opml>""", TestContext.Current.CancellationToken);
        await using (var import = BotProcess.Start(["sources", "import", file, ConnectionSetting]))
        {
            (await import.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.Success);
        }

        await database.ScalarAsync<int>("UPDATE sources SET paused_at = now(), paused_reason = 'Paused: HTTP 410 Gone', last_result = 'HttpError', last_http_status = 410, error_streak = 30 WHERE name = 'listed' RETURNING 1");

        await using var list = BotProcess.Start(["sources", "list", ConnectionSetting]);

        (await list.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.Success);
        list.Output.Lines[0].ShouldStartWith("NAME	STATE	ORIGIN");
        list.Output.Lines.ShouldContain(line => line.StartsWith("listed	paused	import	HttpError	410	30	", StringComparison.Ordinal) && line.EndsWith("	Paused: HTTP 410 Gone", StringComparison.Ordinal));
        list.Output.Lines.ShouldContain(line => line.StartsWith("fresh	active	import	never polled	-	0	-	", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resume_UnknownSource_ExitsDataError()
    {
        await using var resume = BotProcess.Start(["sources", "resume", "no-such-feed", ConnectionSetting]);

        (await resume.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.DataError);
        string.Join('\n', resume.Errors.Lines).ShouldContain("No source is named 'no-such-feed'");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
