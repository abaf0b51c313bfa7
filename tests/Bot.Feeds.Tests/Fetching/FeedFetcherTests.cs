using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Bot.Feeds.Fetching;
using Microsoft.AspNetCore.Http;

namespace Bot.Feeds.Tests.Fetching;

public sealed partial class FeedFetcherTests : IDisposable
{
    private const string FeedXml = """<rss version="2.0"><channel><title>Loopback</title></channel></rss>""";
    private const int Limit = 4096;

    private readonly List<FetcherHarness> _harnesses = [];
    private int _flakyCalls;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FetchAsync_Ok_ReturnsContentWithBody()
    {
        string? accept = null;
        await using var server = await LoopbackServer.StartAsync(
            async context =>
            {
                accept = context.Request.Headers.Accept;
                context.Response.ContentType = "application/rss+xml; charset=utf-8";
                await context.Response.WriteAsync(FeedXml, context.RequestAborted);
            },
            Token);
        var url = server.Url("/feed.xml");

        var result = await CreateSut().FetchAsync(url, Token);

        var content = result.ShouldBeOfType<FetchResult.Content>();
        Encoding.UTF8.GetString(content.Body.Span).ShouldBe(FeedXml);
        content.ContentType.ShouldBe("application/rss+xml; charset=utf-8");
        content.FinalUrl.ShouldBe(url);
        accept.ShouldNotBeNull().ShouldStartWith("application/rss+xml");
    }

    [Fact]
    public async Task FetchAsync_Redirect_ReturnsContentWithFinalUrl()
    {
        await using var server = await LoopbackServer.StartAsync(
            async context =>
            {
                if (context.Request.Path == "/old")
                {
                    context.Response.Redirect("/new", permanent: true);
                    return;
                }

                await context.Response.WriteAsync(FeedXml, context.RequestAborted);
            },
            Token);

        var result = await CreateSut().FetchAsync(server.Url("/old"), Token);

        result.ShouldBeOfType<FetchResult.Content>().FinalUrl.ShouldBe(server.Url("/new"));
    }

    [Fact]
    public async Task FetchAsync_GzipBody_ReturnsDecompressedContent()
    {
        var compressed = Gzip(Encoding.UTF8.GetBytes(FeedXml));
        await using var server = await ServeGzipAsync(compressed);

        var result = await CreateSut().FetchAsync(server.Url("/feed.xml"), Token);

        Encoding.UTF8.GetString(result.ShouldBeOfType<FetchResult.Content>().Body.Span).ShouldBe(FeedXml);
    }

    [Fact]
    public async Task FetchAsync_NotFound_ReturnsHttpErrorWithoutRetrying()
    {
        await using var server = await StatusServerAsync(StatusCodes.Status404NotFound);

        var result = await CreateSut().FetchAsync(server.Url("/missing"), Token);

        result.ShouldBe(new FetchResult.HttpError(HttpStatusCode.NotFound));
        server.Requests.ShouldBe(1);
    }

    [Fact]
    public async Task FetchAsync_ServiceUnavailableThenOk_RetriesAndReturnsContent()
    {
        await using var server = await LoopbackServer.StartAsync(
            async context =>
            {
                if (Interlocked.Increment(ref _flakyCalls) == 1)
                {
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    return;
                }

                await context.Response.WriteAsync(FeedXml, context.RequestAborted);
            },
            Token);

        var result = await CreateSut().FetchAsync(server.Url("/flaky"), Token);

        Encoding.UTF8.GetString(result.ShouldBeOfType<FetchResult.Content>().Body.Span).ShouldBe(FeedXml);
        server.Requests.ShouldBe(2);
    }

    [Fact]
    public async Task FetchAsync_AlwaysServiceUnavailable_ReturnsHttpErrorAfterMaxRetries()
    {
        await using var server = await StatusServerAsync(StatusCodes.Status503ServiceUnavailable);

        var result = await CreateSut().FetchAsync(server.Url("/down"), Token);

        result.ShouldBe(new FetchResult.HttpError(HttpStatusCode.ServiceUnavailable));
        server.Requests.ShouldBe(3);
    }

    [Fact]
    public async Task FetchAsync_ServerSlowerThanTimeout_ReturnsTimedOut()
    {
        await using var server = await LoopbackServer.StartAsync(
            context => Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted),
            Token);
        var options = TightOptions();
        // The total timeout ends the fetch during the second attempt.
        options.Timeout = TimeSpan.FromMilliseconds(400);
        var stopwatch = Stopwatch.StartNew();

        var result = await CreateSut(options).FetchAsync(server.Url("/slow"), Token);

        result.ShouldBe(new FetchResult.TimedOut(options.Timeout));
        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        server.Requests.ShouldBe(2);
    }

    [Fact]
    public async Task FetchAsync_AttemptSlowerThanAttemptTimeout_ReturnsTimedOutWithoutWaitingForTotal()
    {
        await using var server = await LoopbackServer.StartAsync(
            context => Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted),
            Token);
        var options = TightOptions();
        options.Timeout = TimeSpan.FromSeconds(30);
        options.MaxRetries = 0;
        var stopwatch = Stopwatch.StartNew();

        var result = await CreateSut(options).FetchAsync(server.Url("/slow"), Token);

        result.ShouldBeOfType<FetchResult.TimedOut>();
        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task FetchAsync_FirstAttemptTimesOut_RetriesAndReturnsContent()
    {
        await using var server = await LoopbackServer.StartAsync(
            async context =>
            {
                if (Interlocked.Increment(ref _flakyCalls) == 1)
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
                }

                await context.Response.WriteAsync(FeedXml, context.RequestAborted);
            },
            Token);

        var result = await CreateSut(TightOptions()).FetchAsync(server.Url("/once-slow"), Token);

        result.ShouldBeOfType<FetchResult.Content>();
        server.Requests.ShouldBe(2);
    }

    [Fact]
    public async Task FetchAsync_BodyStallsAfterHeaders_ReturnsTimedOut()
    {
        await using var server = await LoopbackServer.StartAsync(
            async context =>
            {
                await context.Response.WriteAsync("<rss version=\"2.0\">", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            },
            Token);
        var options = TightOptions();
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(Token);
        guard.CancelAfter(TimeSpan.FromSeconds(3));
        var stopwatch = Stopwatch.StartNew();

        var result = await CreateSut(options).FetchAsync(server.Url("/stall"), guard.Token);

        result.ShouldBe(new FetchResult.TimedOut(options.Timeout));
        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task FetchAsync_ConnectionDropsMidBody_ReturnsNetworkError()
    {
        await using var server = await LoopbackServer.StartAsync(
            async context =>
            {
                context.Response.ContentLength = 1000;
                await context.Response.WriteAsync("<rss version=\"2.0\">", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                // Let the client get the headers and start reading the body before the connection drops.
                await Task.Delay(TimeSpan.FromMilliseconds(100), context.RequestAborted);
                context.Abort();
            },
            Token);

        var result = await CreateSut().FetchAsync(server.Url("/truncated"), Token);

        result.ShouldBeOfType<FetchResult.NetworkError>().Message.ShouldNotBeNullOrWhiteSpace();
        server.Requests.ShouldBe(1);
    }

    [Fact]
    public async Task FetchAsync_BodyNotTheGzipItClaims_ReturnsNetworkError()
    {
        byte[] corrupt = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff, 0xff, 1, 2, 3];
        await using var server = await LoopbackServer.StartAsync(
            async context =>
            {
                context.Response.Headers.ContentEncoding = "gzip";
                await context.Response.Body.WriteAsync(corrupt, context.RequestAborted);
            },
            Token);

        var result = await CreateSut().FetchAsync(server.Url("/corrupt"), Token);

        result.ShouldBeOfType<FetchResult.NetworkError>().Message.ShouldStartWith(nameof(HttpRequestError.InvalidResponse));
    }

    [Fact]
    public async Task FetchAsync_RefusedPort_ReturnsNetworkError()
    {
        var url = new Uri($"http://127.0.0.1:{UnusedPort()}/feed.xml");

        var result = await CreateSut().FetchAsync(url, Token);

        result.ShouldBeOfType<FetchResult.NetworkError>().Message.ShouldStartWith(nameof(HttpRequestError.ConnectionError));
    }

    [Fact]
    public async Task FetchAsync_CallerCancels_Throws()
    {
        await using var server = await LoopbackServer.StartAsync(
            context => Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted),
            Token);
        var options = DefaultOptions();
        options.Timeout = TimeSpan.FromSeconds(30);
        options.AttemptTimeout = TimeSpan.FromSeconds(30);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(100));

        await Should.ThrowAsync<OperationCanceledException>(() => CreateSut(options).FetchAsync(server.Url("/slow"), cancellation.Token));
    }

    public void Dispose()
    {
        foreach (var harness in _harnesses)
        {
            harness.Dispose();
        }
    }

    private FeedFetcher CreateSut(FeedHttpOptions? options = null)
    {
        options ??= DefaultOptions();
        var harness = FetcherHarness.Create(options, null);
        _harnesses.Add(harness);
        return harness.Fetcher;
    }

    // Generous enough for a cold first request on a busy machine; the timing tests use TightOptions.
    private static FeedHttpOptions DefaultOptions() => new()
    {
        Timeout = TimeSpan.FromSeconds(10),
        AttemptTimeout = TimeSpan.FromSeconds(3),
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxResponseBytes = Limit,
        ConnectTimeout = TimeSpan.FromSeconds(3),
        PerHostDelay = TimeSpan.Zero,
        AllowedNetworks = ["127.0.0.0/8"],
    };

    private static FeedHttpOptions TightOptions()
    {
        var options = DefaultOptions();
        options.Timeout = TimeSpan.FromMilliseconds(800);
        options.AttemptTimeout = TimeSpan.FromMilliseconds(250);
        options.ConnectTimeout = TimeSpan.FromMilliseconds(250);
        return options;
    }

    // Answers every request with the gzip body given, labelled as such.
    private static Task<LoopbackServer> ServeGzipAsync(byte[] compressed) =>
        LoopbackServer.StartAsync(
            async context =>
            {
                context.Response.Headers.ContentEncoding = "gzip";
                context.Response.ContentLength = compressed.Length;
                await context.Response.Body.WriteAsync(compressed, context.RequestAborted);
            },
            Token);

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    // A server that answers every request with the same status and no body.
    private static Task<LoopbackServer> StatusServerAsync(int status) =>
        LoopbackServer.StartAsync(
            context =>
            {
                context.Response.StatusCode = status;
                return Task.CompletedTask;
            },
            Token);
}
