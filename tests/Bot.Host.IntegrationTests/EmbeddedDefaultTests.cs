using Bot.Host.Hosting;
using Bot.TestKit;

namespace Bot.Host.IntegrationTests;

/// <summary>
/// With no connection string the bot runs its own PostgreSQL: it alerts, Ctrl-C leaves no server behind, and a
/// second run keeps the first run's data.
/// </summary>
public sealed class EmbeddedDefaultTests
{
    [Fact]
    public async Task Run_NoConnectionString_UsesPrivateClusterStopsItOnCtrlCAndKeepsData()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "bot-embedded-e2e-" + Guid.NewGuid().ToString("N"));
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/news.xml", RssFeed.Create("News", BotArguments.Denial("e1")));
        List<string> arguments = ["run", .. BotArguments.For(feeds.Url("/news.xml"), connectionString: null), $"--Bot:Storage:Embedded:DataDirectory={dataDirectory}"];
        try
        {
            await using (var firstRun = BotProcess.Start(arguments))
            {
                await firstRun.Output.WaitForAsync(line => line.Contains("(e1)", StringComparison.Ordinal), BotArguments.Patience);
                await firstRun.SignalAsync("INT");
                (await firstRun.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.Success);
            }

            File.Exists(Path.Combine(dataDirectory, "cluster", "postmaster.pid")).ShouldBeFalse("Ctrl-C must stop the private PostgreSQL");
            (await ServerProcessesAsync(dataDirectory)).ShouldBe(0);

            feeds.Serve("/news.xml", RssFeed.Create("News", BotArguments.Denial("e2"), BotArguments.Denial("e1")));
            await using var secondRun = BotProcess.Start(arguments);
            await secondRun.Output.WaitForAsync(line => line.Contains("(e2)", StringComparison.Ordinal), BotArguments.Patience);
            var polls = feeds.Hits("/news.xml");
            while (feeds.Hits("/news.xml") < polls + 2)
            {
                await Task.Delay(200, TestContext.Current.CancellationToken);
            }

            secondRun.Output.Lines.ShouldNotContain(line => line.Contains("(e1)", StringComparison.Ordinal), "the first run's article is remembered");
            await secondRun.SignalAsync("TERM");
            (await secondRun.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.Success);
            (await ServerProcessesAsync(dataDirectory)).ShouldBe(0);
        }
        finally
        {
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    // Counts running postgres processes serving this data folder.
    private static async Task<int> ServerProcessesAsync(string dataDirectory)
    {
        using var pgrep = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pgrep", ["-f", dataDirectory]) { RedirectStandardOutput = true })!;
        var output = await pgrep.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await pgrep.WaitForExitAsync(TestContext.Current.CancellationToken);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
    }
}
