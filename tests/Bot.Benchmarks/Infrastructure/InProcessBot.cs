using System.Text;
using Bot.Core.Alerts;
using Bot.Core.Sources;
using Bot.Feeds.Opml;
using Bot.Host.Hosting;
using Bot.Host.Scheduling;
using Bot.Host.Watching;
using Bot.Storage.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bot.Benchmarks.Infrastructure;

/// <summary>
/// The bot's host composed as <c>bot run</c> composes it (configuration, <c>AddBot</c>, Quartz, DI validation) in
/// this process, with three seams: the alert sink (the caller's, or the host's own), a notice sink that only counts,
/// and a probe on the poll schedule. Logs are formatted and counted, not printed.
/// </summary>
internal sealed class InProcessBot : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _started;

    private InProcessBot(IHost host, PollProbe polls, LogCounter logs, DiscardingNoticeSink notices)
    {
        _host = host;
        Polls = polls;
        Logs = logs;
        Notices = notices;
    }

    public PollProbe Polls { get; }

    public LogCounter Logs { get; }

    public DiscardingNoticeSink Notices { get; }

    public IServiceProvider Services => _host.Services;

    /// <param name="settings">Settings as on the command line (<c>Bot:Http:PerHostDelay</c> → value).</param>
    /// <param name="connectionString">The database.</param>
    /// <param name="alertSink">Where alerts go instead of the host's own sink; <see langword="null"/> keeps the host's.</param>
    public static InProcessBot Create(IReadOnlyDictionary<string, string> settings, string connectionString, IAlertSink? alertSink)
    {
        var configuration = BotConfiguration.Build([.. settings.Select(pair => $"--{pair.Key}={pair.Value}")]);
        var polls = new PollProbe();
        var logs = new LogCounter();
        var notices = new DiscardingNoticeSink();
        var host = BotApplication.CreateHost(configuration, connectionString, services =>
        {
            services.RemoveAll<ILoggerProvider>();
            services.AddSingleton<ILoggerProvider>(logs);
            if (alertSink is not null)
            {
                services.Replace(ServiceDescriptor.Singleton(alertSink));
            }

            services.Replace(ServiceDescriptor.Singleton<ISourceNoticeSink>(notices));
            Decorate<ISourceScheduleStore>(services, polls.Wrap);
        });
        return new InProcessBot(host, polls, logs, notices);
    }

    /// <summary>An OPML document listing <paramref name="urls"/>, as an operator would import it.</summary>
    public static string Opml(IEnumerable<Uri> urls)
    {
        // Through a UTF-8 stream: a StringWriter would declare the document UTF-16.
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            OpmlDocument.Write(writer, "benchmark", urls.Select((url, i) => new OpmlOutline($"Feed {i}", url, null, null)), TimeProvider.System.GetUtcNow());
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Brings the schema up to date, as <c>bot db migrate</c> does.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken) =>
        await _host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);

    /// <summary>Imports every feed of an OPML document as a source, as <c>bot sources import</c> does; returns how many.</summary>
    public async Task<int> ImportAsync(string opml, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(opml));
        var interval = _host.Services.GetRequiredService<IOptions<PollingOptions>>().Value.DefaultInterval;
        var sources = OpmlSources.ToSources(OpmlDocument.Read(stream).Feeds, interval);
        var store = _host.Services.GetRequiredService<ISourceStore>();
        foreach (var source in sources)
        {
            await store.SaveAsync(source, SourceOrigin.Import, cancellationToken);
        }

        return sources.Count;
    }

    /// <summary>
    /// Makes every source due, as <c>bot sources resume</c> does for one (a source that is not paused is simply
    /// polled at once), with the poll job paused meanwhile so the cycle starts only at <see cref="PollNowAsync"/>.
    /// The clock is left alone: Quartz shares it, and a clustered scheduler whose clock jumps stalls.
    /// </summary>
    public async Task<int> MakeAllDueAsync(CancellationToken cancellationToken)
    {
        var scheduler = await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
        await scheduler.PauseJob(PollDueSourcesJob.Key, cancellationToken);
        var schedule = _host.Services.GetRequiredService<ISourceScheduleStore>();
        var sources = await _host.Services.GetRequiredService<ISourceStore>().ListAsync(cancellationToken);
        foreach (var source in sources)
        {
            await schedule.ResumeAsync(source.Stored.Source.Name, TimeProvider.System.GetUtcNow(), cancellationToken);
        }

        return sources.Count;
    }

    /// <summary>Resumes the poll job and runs it now rather than at its next periodic check.</summary>
    public async Task PollNowAsync(CancellationToken cancellationToken)
    {
        var scheduler = await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
        await scheduler.ResumeJob(PollDueSourcesJob.Key, cancellationToken);
        await scheduler.TriggerJob(PollDueSourcesJob.Key, cancellationToken);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _started = true;
        await _host.StartAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            using var stopping = new CancellationTokenSource(BotServices.ShutdownTimeout);
            await _host.StopAsync(stopping.Token);
        }

        _host.Dispose();
    }

    // Replaces the registration of TService with one that wraps what it used to resolve to.
    private static void Decorate<TService>(IServiceCollection services, Func<TService, TService> wrap)
        where TService : class
    {
        var inner = services.Last(d => d.ServiceType == typeof(TService));
        services.Remove(inner);
        services.Add(ServiceDescriptor.Describe(typeof(TService), provider => wrap((TService)Resolve(provider, inner)), inner.Lifetime));
    }

    private static object Resolve(IServiceProvider provider, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
