using Bot.Discord.Commands;
using Bot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Gateway;

/// <summary>
/// Runs the Discord side for the life of the host: registers commands if they changed, then holds the shard's gateway
/// connection whenever the <see cref="IGatewayLease"/> grants it, standing by otherwise. A fatal gateway error (bad
/// token, shard or intents) is logged as critical and stops the application, since no retry can fix it.
/// </summary>
public sealed class DiscordGatewayService : BackgroundService
{
    private readonly GatewayClient _gateway;
    private readonly CommandRegistrar _registrar;
    private readonly IDiscordRestClient _rest;
    private readonly IGatewayLease _lease;
    private readonly DiscordOptions _options;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<DiscordGatewayService> _logger;
    private volatile GatewayRole _role;

    internal DiscordGatewayService(
        GatewayClient gateway,
        CommandRegistrar registrar,
        IDiscordRestClient rest,
        IGatewayLease lease,
        IOptions<DiscordOptions> options,
        IHostApplicationLifetime lifetime,
        ILogger<DiscordGatewayService> logger)
    {
        _gateway = gateway;
        _registrar = registrar;
        _rest = rest;
        _lease = lease;
        _options = options.Value;
        _lifetime = lifetime;
        _logger = logger;
    }

    /// <summary>Set when the gateway stopped for good.</summary>
    public GatewayRunResult? Result { get; private set; }

    /// <summary>Whether this process holds its shard or stands by.</summary>
    public GatewayRole Role => _role;

    /// <summary>True while this process holds the shard and a gateway connection is open.</summary>
    public bool IsConnected => _role == GatewayRole.Holding && _gateway.Counters.LiveConnections > 0;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var application = await _rest.GetCurrentApplicationAsync(stoppingToken);
            if (application.IsSuccess)
            {
                await _registrar.RegisterAsync(application.Value.Id, stoppingToken);
            }
            else if (application.Error.Kind == DiscordErrorKind.Unauthorized)
            {
                Stop(GatewayRunResult.Fatal(null, "GET /applications/@me was refused (401): the bot token is wrong (Discord:Token)"));
                return;
            }
            else
            {
                Log.CommandRegistrationFailed(_logger, "all", application.Error.ToString());
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                _role = GatewayRole.StandingBy;
                await using var hold = await _lease.AcquireAsync(_options.ShardId, stoppingToken);
                _role = GatewayRole.Holding;
                Log.GatewayHeld(_logger, _options.ShardId);
                using var held = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, hold.Lost);
                var result = await _gateway.RunAsync(held.Token);
                if (result.IsFatal)
                {
                    Stop(result);
                    return;
                }

                if (!stoppingToken.IsCancellationRequested)
                {
                    Log.GatewayHoldLost(_logger, _options.ShardId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            _role = GatewayRole.Idle;
        }
    }

    private void Stop(GatewayRunResult result)
    {
        Result = result;
        Log.GatewayFatal(_logger, result.Reason);
        _lifetime.StopApplication();
    }
}
