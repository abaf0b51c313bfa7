using System.Diagnostics;
using Bot.Benchmarks.Infrastructure;
using Bot.Discord;
using Bot.Discord.Rest;
using Bot.TestKit.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using static System.FormattableString;

namespace Bot.Benchmarks.Delivery;

/// <summary>
/// Alerts posted to Discord channels through our REST client (<c>AddDiscord</c>, <c>IDiscordRestClient</c>) against
/// the test kit's fake Discord enforcing Discord's documented limits, in real time: how long the batch takes against
/// the least time those limits allow, and how many requests were refused with 429.
/// </summary>
internal sealed class DeliveryScenario : IScenario
{
    private const ulong FirstChannel = 1_200_000_000_000_000_001;

    public string Key => "delivery";

    public string Title => "3. Delivery";

    public async Task<ScenarioReport> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var (alerts, channels) = context.Quick ? (100, 20) : (1_000, 20);
        var limits = new FakeDiscordOptions(); // Discord's documented defaults: 5 per 5 s per channel, 50 per second
        await using var fake = await FakeDiscord.StartAsync(limits);
        var logs = new LogCounter();
        await using var services = Services(fake, logs);
        var rest = services.GetRequiredService<IDiscordRestClient>();
        var ids = Enumerable.Range(0, channels).Select(i => fake.AddChannel(FirstChannel + (ulong)i).Id).ToArray();

        // One call first, so connection set-up and JIT are not counted; then a second for the global window to clear.
        var warmUp = fake.AddChannel(FirstChannel + (ulong)channels).Id;
        await rest.GetChannelAsync(new Snowflake(warmUp), cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(1.1), cancellationToken);
        var before = fake.Requests.Count;

        context.Progress($"delivery: {alerts:N0} alerts to {channels} channels");
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, alerts).Select(i => rest.CreateMessageAsync(
            new Snowflake(ids[i % channels]),
            CreateMessageRequest.Idempotent(Invariant($"alert-{i}"), Content(i)),
            cancellationToken)));
        var drain = clock.Elapsed;

        var requests = fake.Requests.Skip(before).ToList();
        var (bound, binding) = LowerBound(alerts, channels, limits);
        var figures = new DeliveryFigures(
            alerts,
            channels,
            Invariant($"{limits.MessageRouteLimit} messages per {limits.MessageRouteWindow.TotalSeconds:F0} s per channel, {limits.GlobalLimit} requests per second in all"),
            drain.TotalSeconds,
            bound,
            binding,
            requests.Count,
            requests.Where(r => r.Status == 429).GroupBy(r => r.Scope ?? "none").ToDictionary(g => g.Key, g => g.Count()),
            fake.MaxRequestsInAnySecond(),
            fake.Messages.Count,
            results.Count(r => !r.IsSuccess));
        return new ScenarioReport(Lines(figures, logs), figures);
    }

    /// <summary>
    /// The least time from the first request to the last that the limits allow. A channel's bucket is a fixed window
    /// opened by its first request, so its k-th message (from 0) cannot go before floor(k / limit) windows have
    /// passed; the global limit admits at most N requests in any second, so request j cannot go before floor(j / N)
    /// seconds. The bound is the larger of the two for the last message.
    /// </summary>
    internal static (double Seconds, string Binding) LowerBound(int alerts, int channels, FakeDiscordOptions limits)
    {
        var perChannel = (alerts + channels - 1) / channels;
        var channelBound = ((perChannel + limits.MessageRouteLimit - 1) / limits.MessageRouteLimit - 1) * limits.MessageRouteWindow.TotalSeconds;
        var globalBound = (double)((alerts + limits.GlobalLimit - 1) / limits.GlobalLimit - 1);
        return channelBound >= globalBound
            ? (channelBound, Invariant($"per-channel bucket: {perChannel} messages per channel at {limits.MessageRouteLimit} per {limits.MessageRouteWindow.TotalSeconds:F0} s"))
            : (globalBound, Invariant($"global limit: {alerts} requests at {limits.GlobalLimit} per second"));
    }

    private static ServiceProvider Services(FakeDiscord fake, LogCounter logs)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = fake.Options.Token,
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(logs));
        services.TryAddSingleton<IHostApplicationLifetime, ApplicationLifetime>();
        services.AddDiscord(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    // About the size of a console alert line: rule, source, headline, link.
    private static string Content(int i) => Invariant(
        $"**Russia denial** · bbc-arabic · Kremlin denies involvement in the hack of the electoral commission ({i}) <https://news.example/articles/{i}>");

    private static List<string> Lines(DeliveryFigures f, LogCounter logs)
    {
        var refused = f.Answered429.Count == 0 ? "none" : string.Join(", ", f.Answered429.Select(p => $"{p.Value} {p.Key}"));
        List<string> lines =
        [
            Invariant($"{f.Alerts:N0} messages to {f.Channels} channels (evenly), all handed at once to our REST client (AddDiscord, IDiscordRestClient.CreateMessageAsync with a nonce) against the fake Discord on loopback, real time. Limits enforced: {f.Limits}."),
            string.Empty,
            "| messages | channels | time to drain (s) | lower bound (s) | bound / time | requests | 429 answers | most requests in a second | posted | failed |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
            Invariant($"| {f.Alerts:N0} | {f.Channels} | {f.DrainSeconds:F1} | {f.LowerBoundSeconds:F1} | {(f.DrainSeconds > 0 ? f.LowerBoundSeconds / f.DrainSeconds : 0):P0} | {f.Requests:N0} | {refused} | {f.MaxRequestsInAnySecond} | {f.Posted:N0} | {f.Failed} |"),
            string.Empty,
            Invariant($"Lower bound set by the {f.BindingLimit} (first request to last; the drain time adds one round trip)."),
        ];
        lines.AddRange(logs.Problems.Select(p => "Logged: " + p));
        return lines;
    }
}
