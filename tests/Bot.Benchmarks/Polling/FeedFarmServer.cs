using System.Globalization;
using Bot.TestKit;
using Microsoft.AspNetCore.Http;

namespace Bot.Benchmarks.Polling;

/// <summary>
/// The child-process side of <see cref="FeedFarm"/>: the test kit's loopback <see cref="FeedServer"/> serving
/// <c>/feeds/0</c> … <c>/feeds/N-1</c> with ETag and Last-Modified, answering 304 to a conditional GET that matches.
/// Bodies are rendered per request, so the server holds no copy of the whole farm. Commands arrive on standard
/// input, one per line: <c>change</c> (every odd feed moves to version 1), <c>stats</c>; end of input stops it.
/// </summary>
internal static class FeedFarmServer
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        var sources = int.Parse(args[0], CultureInfo.InvariantCulture);
        var items = int.Parse(args[1], CultureInfo.InvariantCulture);
        var content = new FeedFarmContent(BenchmarkCorpus.Load(), items);
        var versions = new int[sources];
        long requests = 0, notModified = 0, bytes = 0;

        await using var server = await FeedServer.StartAsync();
        for (var i = 0; i < sources; i++)
        {
            var source = i;
            server.Handle(FeedFarm.Path(source), async context =>
            {
                Interlocked.Increment(ref requests);
                var version = Volatile.Read(ref versions[source]);
                var etag = FeedFarmContent.ETag(source, version);
                var lastModified = FeedFarmContent.LastModified(version);
                context.Response.Headers.ETag = etag;
                context.Response.Headers.LastModified = lastModified;
                if (IsFresh(context.Request, etag, lastModified))
                {
                    Interlocked.Increment(ref notModified);
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }

                var body = content.Render(source, version);
                Interlocked.Add(ref bytes, body.Length);
                context.Response.ContentType = "application/rss+xml; charset=utf-8";
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body, context.RequestAborted);
            });
        }

        await output.WriteLineAsync($"{FeedFarm.ReadyLine} {server.BaseAddress}");
        await output.FlushAsync();
        while (await input.ReadLineAsync() is { } command)
        {
            switch (command)
            {
                case FeedFarm.ChangeCommand:
                    for (var i = 1; i < sources; i += 2)
                    {
                        Volatile.Write(ref versions[i], 1);
                    }

                    await output.WriteLineAsync(FeedFarm.ChangeCommand);
                    break;
                case FeedFarm.StatsCommand:
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{FeedFarm.StatsCommand} {Interlocked.Read(ref requests)} {Interlocked.Read(ref notModified)} {Interlocked.Read(ref bytes)}"));
                    break;
                default:
                    await output.WriteLineAsync("unknown " + command);
                    break;
            }

            await output.FlushAsync();
        }

        return 0;
    }

    // RFC 9110 13.1.2: If-None-Match decides when present; If-Modified-Since only without it.
    private static bool IsFresh(HttpRequest request, string etag, string lastModified)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0)
        {
            return ifNoneMatch.Split(',').Any(tag => tag.Trim() == etag || tag.Trim() == "*");
        }

        return request.Headers.IfModifiedSince.ToString() == lastModified;
    }
}
