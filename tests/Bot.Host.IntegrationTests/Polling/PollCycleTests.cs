using System.Net;
using System.Net.Sockets;
using Bot.Core.Alerts;
using Bot.Core.Rules;
using Bot.Core.Sources;
using Bot.Core.Watching;
using Bot.Feeds;
using Bot.Feeds.Fetching;
using Bot.Host.Delivery;
using Bot.Host.Hosting;
using Bot.Host.Scheduling;
using Bot.Pipeline.Delivery;
using Bot.Storage.Migrations;
using Bot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NSubstitute;
using Quartz;

namespace Bot.Host.IntegrationTests.Polling;

/// <summary>
/// The fault catalogue end to end: one poll cycle over a loopback server where every source but one misbehaves in
/// its own way. Each fault ends in its own stored status, the healthy source still alerts (once), nothing throws,
/// and sources that keep failing are paused with exactly one notice.
/// </summary>
public sealed class PollCycleTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string SlowHost = "slow-dns.test";
    private const string MissingHost = "missing.test";

    private readonly LineCapture _output = new();
    private readonly LogCapture _logs = new();
    private FeedServer _feeds = null!;
    private ServiceProvider _services = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // Source name → the status its poll must end in.
    private static readonly (string Name, PollResultKind Kind, int? Status)[] Catalogue =
    [
        ("not-found", PollResultKind.HttpError, 404),
        ("gone", PollResultKind.HttpError, 410),
        ("server-error", PollResultKind.HttpError, 500),
        ("unavailable", PollResultKind.HttpError, 503),
        ("too-many", PollResultKind.HttpError, 429),
        ("connect-timeout", PollResultKind.ConnectTimeout, null),
        ("read-timeout", PollResultKind.Timeout, null),
        ("trickle", PollResultKind.Timeout, null),
        ("gzip-bomb", PollResultKind.TooLarge, null),
        ("huge", PollResultKind.TooLarge, null),
        ("redirect-loop", PollResultKind.RedirectLoop, null),
        ("redirect-private", PollResultKind.Blocked, null),
        ("refused", PollResultKind.ConnectError, null),
        ("dns", PollResultKind.DnsError, null),
        ("ok", PollResultKind.Ok, 200),
    ];

    public async ValueTask InitializeAsync()
    {
        _feeds = await FeedServer.StartAsync();
        _feeds.Serve("/ok", RssFeed.Create("News", BotArguments.Denial("c1"), BotArguments.Unrelated("w1")));
        _feeds.Fail("/not-found", HttpStatusCode.NotFound);
        _feeds.Fail("/gone", HttpStatusCode.Gone);
        _feeds.Fail("/server-error", HttpStatusCode.InternalServerError);
        _feeds.Handle("/unavailable", FeedFaults.Status(503, retryAfterSeconds: 3600));
        _feeds.Handle("/too-many", FeedFaults.Status(429, retryAfterSeconds: 60));
        _feeds.Handle("/read-timeout", FeedFaults.Silent());
        _feeds.Handle("/trickle", FeedFaults.Trickle(TimeSpan.FromMilliseconds(100)));
        _feeds.Handle("/gzip-bomb", FeedFaults.GzipBomb(20 * 1024 * 1024));
        _feeds.Handle("/huge", FeedFaults.Huge(50L * 1024 * 1024));
        _feeds.Handle("/loop-a", FeedFaults.Redirect("/loop-b"));
        _feeds.Handle("/loop-b", FeedFaults.Redirect("/loop-a"));
        _feeds.Handle("/private", FeedFaults.Redirect("http://169.254.169.254/latest/meta-data/"));

        _services = CreateServices();
        await _services.GetRequiredService<DatabaseMigrator>().MigrateAsync(Token);
        await using (var dataSource = database.CreateDataSource())
        {
            // The class shares one database; each test starts from no sources, articles or notices.
            await dataSource.CreateCommand("TRUNCATE sources CASCADE").ExecuteNonQueryAsync(Token);
        }

        // Start-up would save the configured rule; the hosted services are left out here.
        await _services.GetRequiredService<IWatchStore>().SyncConfiguredRulesAsync([new("Russia denial", Presets.Query(Presets.RussiaDenial)!, null, null)], Token);
        var sources = _services.GetRequiredService<ISourceStore>();
        foreach (var (name, url) in SourceUrls())
        {
            await sources.SaveAsync(new FeedSource(name, url, TimeSpan.FromSeconds(1)), Token);
        }
    }

    [Fact]
    public async Task Execute_EveryFault_EndsInItsOwnStatusAndTheHealthySourceAlertsOnce()
    {
        await RunCycleAsync();

        var health = await HealthAsync();
        foreach (var (name, kind, status) in Catalogue)
        {
            health[name].ShouldSatisfyAllConditions(
                $"source {name}: {health[name]}",
                h => h.LastResult.ShouldBe(kind),
                h => h.HttpStatus.ShouldBe(status),
                h => h.ErrorStreak.ShouldBe(kind == PollResultKind.Ok ? 0 : 1),
                h => (h.Problem is null).ShouldBe(kind == PollResultKind.Ok));
        }

        health["ok"].ItemsSeen.ShouldBe(2);
        health["unavailable"].NextDueAt.ShouldBeGreaterThan(TimeProvider.System.GetUtcNow().AddMinutes(55), "Retry-After: 3600 is honoured");
        health["too-many"].NextDueAt.ShouldBeGreaterThan(TimeProvider.System.GetUtcNow().AddSeconds(50), "Retry-After: 60 is honoured");
        (await DeliverAsync()).ShouldBe(1);
        _output.Lines.ShouldHaveSingleItem().ShouldContain("(c1)");
        _logs.Entries.ShouldNotContain(e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Execute_SourcesFailingPastPauseAfter_ArePausedWithOneNoticeEachAndResumeOnRequest()
    {
        await RunCycleAsync();
        await Task.Delay(TimeSpan.FromSeconds(3), Token); // past PauseAfter and every backoff but Retry-After's
        await RunCycleAsync();
        await DeliverAsync();
        await RunCycleAsync();
        await DeliverAsync();

        var health = await HealthAsync();
        string[] pausable = ["not-found", "gone", "server-error", "read-timeout", "gzip-bomb", "redirect-loop", "redirect-private", "refused", "dns"];
        foreach (var name in pausable)
        {
            health[name].PausedAt.ShouldNotBeNull($"{name} failed past PauseAfter");
            _output.Lines.Count(line => line.StartsWith($"NOTICE [paused] {name} · Paused: {name} has failed", StringComparison.Ordinal)).ShouldBe(1, name);
        }

        health["unavailable"].PausedAt.ShouldBeNull("not polled again before its Retry-After");
        health["ok"].PausedAt.ShouldBeNull();
        _output.Lines.Count(line => line.StartsWith("ALERT", StringComparison.Ordinal)).ShouldBe(1);
        _output.Lines.ShouldContain(line => line.Contains("NOTICE [paused] not-found", StringComparison.Ordinal) && line.Contains("HTTP 404 NotFound", StringComparison.Ordinal));

        var now = TimeProvider.System.GetUtcNow();
        (await _services.GetRequiredService<ISourceScheduleStore>().ResumeAsync("gone", now, Token)).ShouldBeTrue();
        var claimed = await _services.GetRequiredService<ISourceScheduleStore>().ClaimDueAsync(now, 100, TimeSpan.FromSeconds(1), Token);
        claimed.Select(d => d.Stored.Source.Name).ShouldContain("gone");
        claimed.Select(d => d.Stored.Source.Name).ShouldNotContain("not-found");
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _feeds.DisposeAsync();
    }

    private IEnumerable<(string Name, Uri Url)> SourceUrls()
    {
        var port = _feeds.BaseAddress.Port;
        yield return ("ok", _feeds.Url("/ok"));
        yield return ("not-found", _feeds.Url("/not-found"));
        yield return ("gone", _feeds.Url("/gone"));
        yield return ("server-error", _feeds.Url("/server-error"));
        yield return ("unavailable", _feeds.Url("/unavailable"));
        yield return ("too-many", _feeds.Url("/too-many"));
        yield return ("connect-timeout", new Uri($"http://{SlowHost}:{port}/feed"));
        yield return ("read-timeout", _feeds.Url("/read-timeout"));
        yield return ("trickle", _feeds.Url("/trickle"));
        yield return ("gzip-bomb", _feeds.Url("/gzip-bomb"));
        yield return ("huge", _feeds.Url("/huge"));
        yield return ("redirect-loop", _feeds.Url("/loop-a"));
        yield return ("redirect-private", _feeds.Url("/private"));
        yield return ("refused", new Uri($"http://127.0.0.1:{UnusedPort()}/feed"));
        yield return ("dns", new Uri($"http://{MissingHost}/feed"));
    }

    private ServiceProvider CreateServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Rules:0:Name"] = "Russia denial",
            ["Bot:Rules:0:Preset"] = "russia-denial",
            ["Bot:Http:AllowedNetworks:0"] = "127.0.0.0/8",
            // Far apart, so a busy machine cannot turn a connect timeout into an attempt or total timeout.
            ["Bot:Http:Timeout"] = "00:00:06",
            ["Bot:Http:AttemptTimeout"] = "00:00:03",
            ["Bot:Http:ConnectTimeout"] = "00:00:00.300",
            ["Bot:Http:MaxRetries"] = "0",
            ["Bot:Http:RetryDelay"] = "00:00:00.010",
            ["Bot:Http:MaxResponseBytes"] = "1048576",
            ["Bot:Http:PerHostDelay"] = "00:00:00",
            ["Bot:Http:PerHostConcurrency"] = "16",
            // Every fault shares the loopback host; the breaker is tested on its own.
            ["Bot:Http:BreakerMinimumThroughput"] = "0",
            ["Bot:Polling:MinInterval"] = "00:00:01",
            ["Bot:Polling:PauseAfter"] = "00:00:02",
            ["Bot:Polling:MaxBackoff"] = "00:00:02",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(_logs));
        services.AddBot(configuration, database.ConnectionString);
        services.RemoveAll<IHostedService>(); // the cycle is driven by the test, not by Quartz
        services.AddSingleton<IAlertSink>(provider => new ConsoleAlertSink(_output, provider.GetRequiredService<ILogger<ConsoleAlertSink>>()));
        services.AddSingleton<ISourceNoticeSink>(provider => new ConsoleNoticeSink(_output, provider.GetRequiredService<ILogger<ConsoleNoticeSink>>()));
        services.AddHttpClient(FeedsServiceCollectionExtensions.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(provider => FeedHttpHandler.CreatePrimary(provider.GetRequiredService<IOptions<FeedHttpOptions>>().Value, ResolveAsync));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    // Stand-in DNS: one name that answers too late (a connect timeout), one that does not exist.
    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (host == SlowHost)
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
        }

        return host == MissingHost ? throw new SocketException((int)SocketError.HostNotFound) : [IPAddress.Loopback];
    }

    private async Task RunCycleAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<PollDueSourcesJob>();
        await job.Execute(Substitute.For<IJobExecutionContext>(), Token);
    }

    private async Task<int> DeliverAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NoticeDispatcher>().DeliverPendingAsync(Token);
        return await scope.ServiceProvider.GetRequiredService<AlertDispatcher>().DeliverPendingAsync(Token);
    }

    private async Task<Dictionary<string, SourceHealth>> HealthAsync() =>
        (await _services.GetRequiredService<ISourceStore>().ListAsync(Token)).ToDictionary(l => l.Stored.Source.Name, l => l.Health);

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
