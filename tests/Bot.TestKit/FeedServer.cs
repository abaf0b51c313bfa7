using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.TestKit;

/// <summary>
/// A real HTTP server on 127.0.0.1 serving fixture feeds that a test can change while the bot runs, or replace
/// with a fault (an error status, a delay).
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Response> _responses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RequestDelegate> _handlers = new(StringComparer.Ordinal);
    private readonly WebApplication _app;

    private FeedServer(WebApplication app) => _app = app;

    /// <summary>Base address, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FeedServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    /// <summary>The absolute URL of a path on this server.</summary>
    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/> from now on.</summary>
    public void Serve(string path, string body, string contentType = "application/rss+xml; charset=utf-8") =>
        Set(path, new Response(HttpStatusCode.OK, body, contentType, TimeSpan.Zero));

    /// <summary>Answers <paramref name="path"/> with an error status from now on.</summary>
    public void Fail(string path, HttpStatusCode status) =>
        Set(path, new Response(status, string.Empty, "text/plain", TimeSpan.Zero));

    /// <summary>Answers <paramref name="path"/> with <paramref name="handler"/> from now on (faults: see <see cref="FeedFaults"/>).</summary>
    public void Handle(string path, RequestDelegate handler)
    {
        _responses.TryRemove(Normalize(path), out _);
        _handlers[Normalize(path)] = handler;
    }

    /// <summary>How many requests <paramref name="path"/> has received.</summary>
    public int Hits(string path) => _hits.GetValueOrDefault(Normalize(path));

    public async ValueTask DisposeAsync()
    {
        // Handlers still waiting (slow faults) see RequestAborted; do not wait the default 30 s for them.
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = Normalize(context.Request.Path.Value ?? "/");
        _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        if (_handlers.TryGetValue(path, out var handler))
        {
            await handler(context);
            return;
        }

        if (!_responses.TryGetValue(path, out var response))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (response.Delay > TimeSpan.Zero)
        {
            await Task.Delay(response.Delay, context.RequestAborted);
        }

        context.Response.StatusCode = (int)response.Status;
        context.Response.ContentType = response.ContentType;
        await context.Response.WriteAsync(response.Body, context.RequestAborted);
    }

    private void Set(string path, Response response)
    {
        _handlers.TryRemove(Normalize(path), out _);
        _responses[Normalize(path)] = response;
    }

    private static string Normalize(string path) => "/" + path.TrimStart('/');

    private sealed record Response(HttpStatusCode Status, string Body, string ContentType, TimeSpan Delay);
}
