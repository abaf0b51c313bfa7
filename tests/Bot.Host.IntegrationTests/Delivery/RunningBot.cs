using Bot.Host.Hosting;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Host.IntegrationTests.Delivery;

/// <summary>The host running in process over a feed server serving <c>/news.xml</c>, stopped and checked for a clean exit on dispose.</summary>
internal sealed class RunningBot : IAsyncDisposable
{
    private readonly FeedServer _feeds;
    private readonly bool _ownsFeeds;
    private readonly CancellationTokenSource _stop;
    private readonly Task<int> _run;

    private RunningBot(FeedServer feeds, bool ownsFeeds, CancellationTokenSource stop, Task<int> run, LogCapture logs)
    {
        _feeds = feeds;
        _ownsFeeds = ownsFeeds;
        _stop = stop;
        _run = run;
        Logs = logs;
    }

    public LogCapture Logs { get; }

    /// <param name="feeds">The feed server; disposed with the bot when <paramref name="ownsFeeds"/>.</param>
    /// <param name="ownsFeeds">Whether the bot disposes the feed server.</param>
    /// <param name="arguments">The command line.</param>
    public static RunningBot Start(FeedServer feeds, bool ownsFeeds, List<string> arguments)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var logs = new LogCapture();
        var run = BotApplication.RunAsync(arguments, services => services.AddSingleton<ILoggerProvider>(logs), stop.Token);
        return new RunningBot(feeds, ownsFeeds, stop, run, logs);
    }

    /// <summary>Waits until <c>/news.xml</c> has been fetched <paramref name="more"/> more times.</summary>
    public async Task WaitForPollsAsync(int more)
    {
        var before = _feeds.Hits("/news.xml");
        await Eventually.WaitForAsync(() => _feeds.Hits("/news.xml") >= before + more ? true : (bool?)null);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        (await _run).ShouldBe(ExitCodes.Success);
        _stop.Dispose();
        if (_ownsFeeds)
        {
            await _feeds.DisposeAsync();
        }
    }
}
