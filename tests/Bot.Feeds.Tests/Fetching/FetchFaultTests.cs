using System.IO.Compression;
using System.Net;
using System.Text;
using Bot.Feeds.Fetching;
using Microsoft.AspNetCore.Http;

namespace Bot.Feeds.Tests.Fetching;

/// <summary>The HTTP half of the fault catalogue, each fault ending in its own <see cref="FetchResult"/>.</summary>
public sealed class FetchFaultTests
{
    private const string FeedXml = """<rss version="2.0"><channel><title>Loopback</title></channel></rss>""";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(404)]
    [InlineData(410)]
    [InlineData(500)]
    public async Task FetchAsync_ErrorStatus_ReturnsHttpErrorWithThatStatus(int status)
    {
        await using var server = await LoopbackServer.StartAsync(Status(status, null), Token);
        using var harness = Harness();

        var result = await harness.Fetcher.FetchAsync(server.Url("/feed"), Token);

        result.ShouldBe(new FetchResult.HttpError((HttpStatusCode)status));
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task FetchAsync_RetryAfterBeyondOneFetch_ReturnsHttpErrorCarryingRetryAfter(int status)
    {
        await using var server = await LoopbackServer.StartAsync(Status(status, 7200), Token);
        using var harness = Harness();

        var result = await harness.Fetcher.FetchAsync(server.Url("/feed"), Token);

        result.ShouldBe(new FetchResult.HttpError((HttpStatusCode)status, TimeSpan.FromHours(2)));
    }

    [Fact]
    public async Task FetchAsync_ValidatorsAndUnchangedFeed_ReturnsNotModified()
    {
        string? ifNoneMatch = null, ifModifiedSince = null;
        await using var server = await LoopbackServer.StartAsync(
            async context =>
            {
                ifNoneMatch = context.Request.Headers.IfNoneMatch;
                ifModifiedSince = context.Request.Headers.IfModifiedSince;
                if (ifNoneMatch == "\"v1\"")
                {
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    context.Response.Headers.CacheControl = "max-age=600";
                    return;
                }

                context.Response.Headers.ETag = "\"v1\"";
                context.Response.Headers.LastModified = "Fri, 20 Nov 2026 08:00:00 GMT";
                context.Response.Headers.CacheControl = "public, max-age=900";
                await context.Response.WriteAsync(FeedXml, context.RequestAborted);
            },
            Token);
        using var harness = Harness();

        var first = (await harness.Fetcher.FetchAsync(server.Url("/feed"), Token)).ShouldBeOfType<FetchResult.Content>();
        var second = await harness.Fetcher.FetchAsync(server.Url("/feed"), first.Validators, Token);

        first.Validators.ShouldBe(new CacheValidators("\"v1\"", "Fri, 20 Nov 2026 08:00:00 GMT"));
        first.MaxAge.ShouldBe(TimeSpan.FromMinutes(15));
        second.ShouldBe(new FetchResult.NotModified(first.Validators, TimeSpan.FromMinutes(10)));
        ifNoneMatch.ShouldBe("\"v1\"");
        ifModifiedSince.ShouldBe("Fri, 20 Nov 2026 08:00:00 GMT");
    }

    [Theory]
    [InlineData("br")]
    [InlineData("deflate")]
    [InlineData("gzip")]
    public async Task FetchAsync_CompressedBody_IsDecompressed(string encoding)
    {
        var compressed = Compress(encoding, Encoding.UTF8.GetBytes(FeedXml));
        await using var server = await LoopbackServer.StartAsync(Body(encoding, compressed), Token);
        using var harness = Harness();

        var result = await harness.Fetcher.FetchAsync(server.Url("/feed"), Token);

        Encoding.UTF8.GetString(result.ShouldBeOfType<FetchResult.Content>().Body.Span).ShouldBe(FeedXml);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("deflate")]
    [InlineData("gzip")]
    public async Task FetchAsync_CompressionBomb_ReturnsTooLarge(string encoding)
    {
        var bomb = Compress(encoding, new byte[20 * 1024 * 1024]);
        bomb.Length.ShouldBeLessThan(100 * 1024);
        await using var server = await LoopbackServer.StartAsync(Body(encoding, bomb), Token);
        using var harness = Harness();

        var result = await harness.Fetcher.FetchAsync(server.Url("/bomb"), Token);

        result.ShouldBe(new FetchResult.TooLarge(1024 * 1024));
    }

    [Fact]
    public async Task FetchAsync_FiftyMegabyteChunkedBody_ReturnsTooLarge()
    {
        await using var server = await LoopbackServer.StartAsync(
            async context =>
            {
                var chunk = new byte[64 * 1024];
                for (var sent = 0L; sent < 50L * 1024 * 1024; sent += chunk.Length)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }
            },
            Token);
        using var harness = Harness();

        var result = await harness.Fetcher.FetchAsync(server.Url("/huge"), Token);

        result.ShouldBe(new FetchResult.TooLarge(1024 * 1024));
    }

    [Fact]
    public async Task FetchAsync_TricklingBody_ReturnsTimedOut()
    {
        await using var server = await LoopbackServer.StartAsync(
            async context =>
            {
                await context.Response.Body.FlushAsync(context.RequestAborted);
                while (true)
                {
                    await context.Response.Body.WriteAsync("<"u8.ToArray(), context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                    await Task.Delay(50, context.RequestAborted);
                }
            },
            Token);
        var options = Options(["127.0.0.0/8"]);
        options.Timeout = TimeSpan.FromSeconds(2);
        using var harness = FetcherHarness.Create(options, null);

        var result = await harness.Fetcher.FetchAsync(server.Url("/trickle"), Token);

        result.ShouldBe(new FetchResult.TimedOut(TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task FetchAsync_RedirectLoop_ReturnsRedirectFailedLoop()
    {
        await using var server = await LoopbackServer.StartAsync(Redirect(path => path == "/a" ? "/b" : "/a"), Token);
        using var harness = Harness();

        var result = await harness.Fetcher.FetchAsync(server.Url("/a"), Token);

        result.ShouldBeOfType<FetchResult.RedirectFailed>().Loop.ShouldBeTrue();
        server.Requests.ShouldBe(2);
    }

    [Fact]
    public async Task FetchAsync_EndlessRedirects_StopsAtTheLimit()
    {
        var next = 0;
        await using var server = await LoopbackServer.StartAsync(Redirect(_ => "/hop" + Interlocked.Increment(ref next)), Token);
        using var harness = Harness();

        var result = await harness.Fetcher.FetchAsync(server.Url("/start"), Token);

        var failed = result.ShouldBeOfType<FetchResult.RedirectFailed>();
        failed.Loop.ShouldBeFalse();
        failed.Reason.ShouldStartWith("more than 3 redirects");
        server.Requests.ShouldBe(4);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1/feed")]
    [InlineData("http://0x0a000001/feed")]
    [InlineData("http://0251.0376.0251.0376/latest/meta-data/")]
    [InlineData("http://[::1]/feed")]
    public async Task FetchAsync_RedirectToPrivateAddress_ReturnsBlocked(string target)
    {
        await using var server = await LoopbackServer.StartAsync(Redirect(_ => target), Token);
        using var harness = Harness(allowLoopback: new IPNetwork(IPAddress.Loopback, 32));

        var result = await harness.Fetcher.FetchAsync(server.Url("/feed"), Token);

        result.ShouldBeOfType<FetchResult.Blocked>().Reason.ShouldContain("Bot:Http:AllowedNetworks");
    }

    [Fact]
    public async Task FetchAsync_RedirectToAnotherScheme_ReturnsRedirectFailed()
    {
        await using var server = await LoopbackServer.StartAsync(Redirect(_ => "file:///etc/passwd"), Token);
        using var harness = Harness();

        var result = await harness.Fetcher.FetchAsync(server.Url("/feed"), Token);

        result.ShouldBeOfType<FetchResult.RedirectFailed>().Reason.ShouldContain("not an http or https URL");
    }

    [Fact]
    public async Task FetchAsync_LoopbackWithoutAllowedNetworks_ReturnsBlockedWithoutConnecting()
    {
        await using var server = await LoopbackServer.StartAsync(Status(200, null), Token);
        using var harness = FetcherHarness.Create(Options([]), null);

        var result = await harness.Fetcher.FetchAsync(server.Url("/feed"), Token);

        result.ShouldBeOfType<FetchResult.Blocked>().Reason.ShouldContain("loopback");
        server.Requests.ShouldBe(0);
    }

    [Fact]
    public async Task FetchAsync_HostKeepsFailing_BreakerOpensForThatHostOnly()
    {
        await using var broken = await LoopbackServer.StartAsync(Status(500, null), Token);
        await using var healthy = await LoopbackServer.StartAsync(async context => await context.Response.WriteAsync(FeedXml, context.RequestAborted), Token);
        var options = Options(["127.0.0.0/8"]);
        options.MaxRetries = 2;
        using var harness = FetcherHarness.Create(options, null);

        // 2 fetches × 3 attempts reach the breaker's minimum of 6 failures.
        await harness.Fetcher.FetchAsync(broken.Url("/feed"), Token);
        await harness.Fetcher.FetchAsync(broken.Url("/other"), Token);
        var third = await harness.Fetcher.FetchAsync(broken.Url("/feed"), Token);
        var elsewhere = await harness.Fetcher.FetchAsync(healthy.Url("/feed"), Token);

        third.ShouldBeOfType<FetchResult.HostUnavailable>().Host.ShouldBe(HostPipelines.HostKey(broken.BaseAddress));
        broken.Requests.ShouldBe(6);
        elsewhere.ShouldBeOfType<FetchResult.Content>();
    }

    [Fact]
    public async Task FetchAsync_SameHost_RequestStartsArePerHostDelayApart()
    {
        var starts = new List<DateTimeOffset>();
        await using var server = await LoopbackServer.StartAsync(
            async context =>
            {
                lock (starts)
                {
                    starts.Add(TimeProvider.System.GetUtcNow());
                }

                await context.Response.WriteAsync(FeedXml, context.RequestAborted);
            },
            Token);
        var options = Options(["127.0.0.0/8"]);
        options.PerHostDelay = TimeSpan.FromMilliseconds(300);
        using var harness = FetcherHarness.Create(options, null);
        var begun = TimeProvider.System.GetUtcNow();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(i => harness.Fetcher.FetchAsync(server.Url("/feed" + i), Token)));

        // The server sees each request some time after the client starts it (longer on a busy machine, and not the
        // same for each), so gaps between arrivals can be shorter than the delay. The k-th arrival still cannot come
        // before the k-th start, which the gate holds back k delays from the beginning.
        starts.Sort();
        (starts[1] - begun).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(280));
        (starts[2] - begun).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(580));
    }

    private static FetcherHarness Harness(IPNetwork? allowLoopback = null) =>
        FetcherHarness.Create(Options([(allowLoopback ?? IPNetwork.Parse("127.0.0.0/8")).ToString()]), null);

    // Generous times: these tests are about which result a fault gives, not about timing, and CI machines get busy.
    private static FeedHttpOptions Options(List<string> allowed) => new()
    {
        Timeout = TimeSpan.FromSeconds(10),
        AttemptTimeout = TimeSpan.FromSeconds(5),
        ConnectTimeout = TimeSpan.FromSeconds(5),
        MaxRetries = 0,
        RetryDelay = TimeSpan.FromMilliseconds(1),
        MaxResponseBytes = 1024 * 1024,
        MaxRedirects = 3,
        PerHostDelay = TimeSpan.Zero,
        AllowedNetworks = allowed,
    };

    private static RequestDelegate Status(int status, int? retryAfterSeconds) => context =>
    {
        context.Response.StatusCode = status;
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Task.CompletedTask;
    };

    private static RequestDelegate Redirect(Func<string, string> target) => context =>
    {
        context.Response.Redirect(target(context.Request.Path.Value ?? "/"));
        return Task.CompletedTask;
    };

    private static RequestDelegate Body(string encoding, byte[] body) => async context =>
    {
        context.Response.Headers.ContentEncoding = encoding;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    };

    private static byte[] Compress(string encoding, byte[] data)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "br" => new BrotliStream(output, CompressionLevel.SmallestSize),
            "deflate" => new ZLibStream(output, CompressionLevel.SmallestSize),
            _ => new GZipStream(output, CompressionLevel.SmallestSize),
        })
        {
            compressor.Write(data);
        }

        return output.ToArray();
    }
}
