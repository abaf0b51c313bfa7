using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.TestKit.Discord;

/// <summary>
/// Discord on loopback: the REST routes the bot uses and the gateway websocket, following Discord's documented
/// behaviour (validation, error codes, rate-limit headers, the 3-second interaction deadline, resume and replay) and
/// able to inject every fault a real deployment meets. It knows nothing of our client: it speaks the public protocol.
/// </summary>
public sealed partial class FakeDiscord : IAsyncDisposable
{
    /// <summary>Discord's epoch (2015-01-01) in Unix milliseconds.</summary>
    private const long DiscordEpoch = 1_420_070_400_000;

    private readonly WebApplication _app;
    private readonly FakeRateLimiter _limits;
    private readonly Lock _faultGate = new();
    private readonly List<(string? Route, FakeFault Fault)> _faults = [];
    private long _idCounter;

    private FakeDiscord(WebApplication app, FakeDiscordOptions options)
    {
        _app = app;
        Options = options;
        _limits = new FakeRateLimiter(options);
        Gateway = new FakeGateway(this);
    }

    public FakeDiscordOptions Options { get; }

    public FakeGateway Gateway { get; }

    /// <summary>Like <c>http://127.0.0.1:41234/api/v10</c>.</summary>
    public Uri ApiBaseUrl { get; private set; } = null!;

    /// <summary>Like <c>ws://127.0.0.1:41234/gateway</c>, the URL <c>GET /gateway/bot</c> names.</summary>
    public Uri GatewayUrl { get; private set; } = null!;

    /// <summary>Every request received, in order of arrival.</summary>
    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    /// <summary>Messages posted to channels (not interaction answers).</summary>
    public ConcurrentQueue<FakeMessage> Messages { get; } = new();

    public ConcurrentDictionary<ulong, FakeChannel> Channels { get; } = new();

    public ConcurrentDictionary<ulong, FakeInteraction> Interactions { get; } = new();

    /// <summary>The last command set put per scope (<c>global</c> or <c>guild/{id}</c>), and how many PUTs each got.</summary>
    public ConcurrentDictionary<string, JsonArray> Commands { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> CommandPuts { get; } = new(StringComparer.Ordinal);

    /// <summary>Now on the fake's clock, in seconds.</summary>
    public double Now => Options.TimeProvider.GetTimestamp() / (double)Options.TimeProvider.TimestampFrequency;

    public static async Task<FakeDiscord> StartAsync(FakeDiscordOptions? options = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeDiscord(app, options ?? new FakeDiscordOptions());
        app.UseWebSockets();
        app.Run(fake.RouteAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        fake.ApiBaseUrl = new Uri($"{address}/api/v10");
        fake.GatewayUrl = new Uri($"{address.Replace("http://", "ws://", StringComparison.Ordinal)}/gateway");
        return fake;
    }

    /// <summary>Adds a guild text channel (or thread) the bot can post in, unless <paramref name="canSend"/> is false.</summary>
    public FakeChannel AddChannel(ulong id, ulong guildId = 1_100_000_000_000_000_001, bool canSend = true)
    {
        var channel = new FakeChannel(id, guildId, CanSend: canSend);
        Channels[id] = channel;
        return channel;
    }

    /// <summary>
    /// The next <paramref name="times"/> requests matching <paramref name="route"/> (e.g. <c>POST /channels/{id}/messages</c>;
    /// null = any route) get <paramref name="fault"/>.
    /// </summary>
    public void InjectFault(FakeFault fault, string? route = null, int times = 1)
    {
        lock (_faultGate)
        {
            for (var i = 0; i < times; i++)
            {
                _faults.Add((route, fault));
            }
        }
    }

    /// <summary>Faults injected and not yet used.</summary>
    public int PendingFaults
    {
        get
        {
            lock (_faultGate)
            {
                return _faults.Count;
            }
        }
    }

    /// <summary>The most requests (global-limited ones) that arrived within any one second.</summary>
    public int MaxRequestsInAnySecond()
    {
        var times = Requests.Where(r => !r.GlobalExempt).Select(r => r.At).Order().ToArray();
        var max = 0;
        for (int start = 0, end = 0; end < times.Length; end++)
        {
            while (times[end] - times[start] >= 1.0)
            {
                start++;
            }

            max = Math.Max(max, end - start + 1);
        }

        return max;
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await _app.DisposeAsync();
    }

    internal ulong NextId() =>
        ((ulong)(Options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds() - DiscordEpoch) << 22) | ((ulong)Interlocked.Increment(ref _idCounter) & 0x3FFFFF);

    private async Task RouteAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.StartsWith("/gateway", StringComparison.Ordinal))
        {
            await Gateway.AcceptAsync(context);
            return;
        }

        if (!path.StartsWith("/api/v10/", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await HandleRestAsync(context, path["/api/v10/".Length..]);
    }

    private bool TryTakeFault(string route, out FakeFault fault)
    {
        lock (_faultGate)
        {
            // Faults are taken in order; one for another route stays queued for that route.
            var index = _faults.FindIndex(f => f.Route is null || f.Route == route);
            fault = index < 0 ? null! : _faults[index].Fault;
            if (index >= 0)
            {
                _faults.RemoveAt(index);
            }

            return index >= 0;
        }
    }
}
