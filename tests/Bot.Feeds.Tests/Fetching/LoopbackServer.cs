using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Feeds.Tests.Fetching;

/// <summary>A Kestrel server on 127.0.0.1 with a random port, answering every request with one handler.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private LoopbackServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Requests the server has received so far.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public static async Task<LoopbackServer> StartAsync(RequestDelegate handler, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        LoopbackServer? server = null;
        app.Run(async context =>
        {
            Interlocked.Increment(ref server!._requests);
            await handler(context);
        });
        await app.StartAsync(cancellationToken);
        server = new LoopbackServer(app, new Uri(app.Urls.Single()));
        return server;
    }

    public Uri Url(string path) => new(BaseAddress, path);

    public async ValueTask DisposeAsync()
    {
        // Handlers that are still waiting see RequestAborted; do not wait the default 30 s for them.
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }
}
