using Bot.Discord.Commands;
using Bot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// Runs the Discord side for the life of the host: registers commands if they changed, then keeps the gateway
/// connected. A fatal gateway error (bad token, shard or intents) is logged as critical and stops the application,
/// since no retry can fix it.
/// </summary>
internal sealed class DiscordGatewayService(
    GatewayClient gateway,
    CommandRegistrar registrar,
    IDiscordRestClient rest,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    /// <summary>Set when the gateway stopped for good.</summary>
    public GatewayRunResult? Result { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var application = await rest.GetCurrentApplicationAsync(stoppingToken);
            if (application.IsSuccess)
            {
                await registrar.RegisterAsync(application.Value.Id, stoppingToken);
            }
            else if (application.Error.Kind == DiscordErrorKind.Unauthorized)
            {
                Stop(GatewayRunResult.Fatal(null, "GET /applications/@me was refused (401): the bot token is wrong (Discord:Token)"));
                return;
            }
            else
            {
                Log.CommandRegistrationFailed(logger, "all", application.Error.ToString());
            }

            var result = await gateway.RunAsync(stoppingToken);
            if (result.IsFatal)
            {
                Stop(result);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private void Stop(GatewayRunResult result)
    {
        Result = result;
        Log.GatewayFatal(logger, result.Reason);
        lifetime.StopApplication();
    }
}
