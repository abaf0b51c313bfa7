using System.Net;
using Bot.Core.Alerts;
using Bot.Host.Delivery;
using Bot.Host.Hosting;
using Bot.Host.Observability;
using Bot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Host.IntegrationTests.Observability;

/// <summary>The real host, started in process with its health listener on a free loopback port.</summary>
internal sealed class InProcessBot : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly HttpClient _client;

    private InProcessBot(IHost host, Uri baseAddress, LineCapture output)
    {
        _host = host;
        Output = output;
        _client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>What the console sink printed: one line per alert.</summary>
    public LineCapture Output { get; }

    public Uri BaseAddress => _client.BaseAddress!;

    public static async Task<InProcessBot> StartAsync(Uri feedUrl, string connectionString, params string[] moreArguments)
    {
        var configuration = BotConfiguration.Build(
            [.. BotArguments.For(feedUrl, connectionString, "obs-" + Guid.NewGuid().ToString("N")), "--Bot:Health:Port=0", "--Bot:Health:Address=127.0.0.1", .. moreArguments]);
        var output = new LineCapture();
        var host = BotApplication.CreateHost(configuration, connectionString, services =>
            services.AddSingleton<IAlertSink>(provider => new ConsoleAlertSink(output, provider.GetRequiredService<ILogger<ConsoleAlertSink>>())));
        await host.StartAsync(TestContext.Current.CancellationToken);
        return new InProcessBot(host, host.Services.GetRequiredService<ObservabilityServer>().Addresses.Single(), output);
    }

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Asks <paramref name="path"/> until <paramref name="done"/> holds; fails with the last answer.</summary>
    public async Task<string> WaitForAsync(string path, Func<HttpStatusCode, string, bool> done)
    {
        using var deadline = new CancellationTokenSource(BotArguments.Patience);
        var last = (Status: default(HttpStatusCode), Body: string.Empty);
        while (!deadline.IsCancellationRequested)
        {
            last = await GetAsync(path);
            if (done(last.Status, last.Body))
            {
                return last.Body;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"Waited {BotArguments.Patience} on {path}; last answer {(int)last.Status}:\n{last.Body}");
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
    }
}
