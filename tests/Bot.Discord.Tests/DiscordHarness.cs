using Bot.Discord.Gateway;
using Bot.Discord.RateLimits;
using Bot.Discord.Rest;
using Bot.TestKit;
using Bot.TestKit.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests;

/// <summary>The client, composed as <c>AddDiscord</c> composes it, against a fresh fake Discord, on a shared fast clock.</summary>
public sealed class DiscordHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task<GatewayRunResult>? _gateway;

    private DiscordHarness(TimeProvider time, FakeDiscord fake, ServiceProvider provider, LogCapture logs)
    {
        Time = time;
        Fake = fake;
        Provider = provider;
        Logs = logs;
    }

    public TimeProvider Time { get; }

    public FakeDiscord Fake { get; }

    public ServiceProvider Provider { get; }

    public LogCapture Logs { get; }

    public IDiscordRestClient Rest => Provider.GetRequiredService<IDiscordRestClient>();

    internal GatewayClient Gateway => Provider.GetRequiredService<GatewayClient>();

    internal DiscordRateLimiter Limiter => Provider.GetRequiredService<DiscordRateLimiter>();

    internal DispatchQueue Queue => Provider.GetRequiredService<DispatchQueue>();

    public Task<GatewayRunResult> GatewayRun => _gateway ?? throw new InvalidOperationException("The gateway was not started.");

    /// <param name="timeFactor">How much faster than real time both sides' clock runs.</param>
    /// <param name="fakeOptions">Settings of the fake (given the shared clock).</param>
    /// <param name="settings">Configuration on top of the defaults (token, base URL, fast retries).</param>
    /// <param name="services">Extra registrations (command handlers, dispatch handlers).</param>
    /// <param name="clock">A clock for both sides instead of the fast one (a <see cref="ManualClock"/> for exact windows).</param>
    public static async Task<DiscordHarness> StartAsync(
        double timeFactor = 10,
        Func<TimeProvider, FakeDiscordOptions>? fakeOptions = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        TimeProvider? clock = null)
    {
        var time = clock ?? new ScaledTimeProvider(timeFactor);
        var fake = await FakeDiscord.StartAsync(fakeOptions?.Invoke(time) ?? new FakeDiscordOptions { TimeProvider = time, HeartbeatInterval = TimeSpan.FromSeconds(5) });
        var configuration = new Dictionary<string, string?>
        {
            ["Discord:Token"] = fake.Options.Token,
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl.ToString(),
            ["Discord:RetryDelay"] = "00:00:00.200",
            ["Discord:RequestTimeout"] = "00:05:00", // minutes on the fast clock are seconds of real time: leave room for a cold start
            ["Discord:ReconnectMaxDelay"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var logs = new LogCapture();
        var collection = new ServiceCollection();
        collection.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        collection.AddSingleton<TimeProvider>(time);
        collection.TryAddSingleton<IHostApplicationLifetime, ApplicationLifetime>();
        collection.AddDiscord(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        services?.Invoke(collection);
        var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new DiscordHarness(time, fake, provider, logs);
    }

    /// <summary>Starts the gateway client (as the hosted service would, without command registration).</summary>
    public Task<GatewayRunResult> StartGateway()
    {
        _gateway = Task.Run(() => Gateway.RunAsync(_stopping.Token));
        return _gateway;
    }

    /// <summary>Starts the gateway and waits for the session to be ready (after a warm-up call, as the hosted service makes).</summary>
    public async Task StartReadyAsync()
    {
        await Rest.GetCurrentApplicationAsync(_stopping.Token);
        _ = StartGateway();
        await Until(() => Fake.Gateway.IsReady && Gateway.Session.CanResume, "the gateway session to be ready");
    }

    /// <summary>Stops the gateway client as a stopping host would (its token cancelled) and returns how it ended.</summary>
    public async Task<GatewayRunResult> StopGatewayAsync()
    {
        await _stopping.CancelAsync();
        return await GatewayRun.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>Polls <paramref name="condition"/> in real time until it holds.</summary>
    public static async Task Until(Func<bool> condition, string what, int timeoutMs = 5000)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (!condition())
        {
            if (Environment.TickCount64 > deadline)
            {
                throw new TimeoutException($"Waited {timeoutMs} ms for {what}.");
            }

            await Task.Delay(2);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_gateway is not null)
        {
            await _gateway.WaitAsync(TimeSpan.FromSeconds(10));
        }

        await Provider.DisposeAsync();
        await Fake.DisposeAsync();
        _stopping.Dispose();
    }
}
