using System.CommandLine;
using System.Net;
using Bot.Host.Hosting;
using Microsoft.Extensions.Configuration;

namespace Bot.Host.Observability;

/// <summary>
/// <c>bot health [--live]</c>: asks the running bot's listener for <c>/readyz</c> (or <c>/healthz</c>) on this
/// machine and exits 0 when it answers 200, 1 otherwise — the container's <c>HEALTHCHECK</c>, with no curl in the
/// image. Reads <c>Bot:Health</c> from the same configuration as the bot.
/// </summary>
internal static class HealthCommand
{
    /// <summary>What a container <c>HEALTHCHECK</c> reads as unhealthy.</summary>
    internal const int Unhealthy = 1;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static Command Create()
    {
        var live = new Option<bool>("--live") { Description = "Ask /healthz (the process answers) instead of /readyz." };
        var command = new Command("health", "Probe the running bot's health listener (Bot:Health:Port); exit 0 when ready.") { live };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, token) => ProbeAsync(parse.GetValue(live), [.. parse.UnmatchedTokens], Console.Out, Console.Error, token));
        return command;
    }

    internal static async Task<int> ProbeAsync(bool live, IReadOnlyList<string> configurationArgs, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var options = BotConfiguration.Build(configurationArgs).GetSection(HealthOptions.SectionName).Get<HealthOptions>() ?? new HealthOptions();
        if (options.Port is not (> 0 and <= IPEndPoint.MaxPort) || (options.Address != HealthOptions.AnyAddress && !IPAddress.TryParse(options.Address, out _)))
        {
            await errors.WriteLineAsync($"{HealthOptions.SectionName}:Port is not set to a port: the health listener is off.");
            return ExitCodes.ConfigurationError;
        }

        var host = options.Address == HealthOptions.AnyAddress ? IPAddress.Loopback : IPAddress.Parse(options.Address);
        var url = new Uri($"http://{new IPEndPoint(host, options.Port.Value)}/{(live ? "healthz" : "readyz")}");
        using var client = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await client.GetAsync(url, cancellationToken);
            await output.WriteAsync(await response.Content.ReadAsStringAsync(cancellationToken));
            return response.StatusCode == HttpStatusCode.OK ? ExitCodes.Success : Unhealthy;
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            await errors.WriteLineAsync($"{url}: {ex.Message}");
            return Unhealthy;
        }
    }
}
