using Bot.Feeds.Fetching;

namespace Bot.Feeds.Tests.Fetching;

/// <summary>The response size cap: counted after decompression, whether the length is declared, chunked or gzipped.</summary>
public sealed partial class FeedFetcherTests
{
    [Fact]
    public async Task FetchAsync_DeclaredLengthOverLimit_ReturnsTooLarge()
    {
        await using var server = await LoopbackServer.StartAsync(
            async context =>
            {
                context.Response.ContentLength = Limit + 1;
                await context.Response.Body.WriteAsync(new byte[Limit + 1], context.RequestAborted);
            },
            Token);

        var result = await CreateSut().FetchAsync(server.Url("/big"), Token);

        result.ShouldBe(new FetchResult.TooLarge(Limit));
    }

    [Fact]
    public async Task FetchAsync_ChunkedBodyOverLimit_ReturnsTooLarge()
    {
        var sawChunked = false;
        await using var server = await LoopbackServer.StartAsync(
            async context =>
            {
                // No Content-Length: Kestrel sends the body chunked, so only counting can catch it.
                var chunk = new byte[1000];
                for (var i = 0; i < 10; i++)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                    sawChunked = context.Response.Headers.TransferEncoding == "chunked";
                }
            },
            Token);

        var result = await CreateSut().FetchAsync(server.Url("/big"), Token);

        result.ShouldBe(new FetchResult.TooLarge(Limit));
        sawChunked.ShouldBeTrue();
    }

    [Fact]
    public async Task FetchAsync_ChunkedBodyExactlyAtLimit_ReturnsContent()
    {
        await using var server = await LoopbackServer.StartAsync(
            async context =>
            {
                await context.Response.Body.WriteAsync(new byte[Limit / 2], context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await context.Response.Body.WriteAsync(new byte[Limit / 2], context.RequestAborted);
            },
            Token);

        var result = await CreateSut().FetchAsync(server.Url("/edge"), Token);

        result.ShouldBeOfType<FetchResult.Content>().Body.Length.ShouldBe(Limit);
    }

    [Fact]
    public async Task FetchAsync_SmallGzipInflatingOverLimit_ReturnsTooLarge()
    {
        var compressed = Gzip(new byte[Limit * 16]);
        compressed.Length.ShouldBeLessThan(Limit);
        await using var server = await ServeGzipAsync(compressed);

        var result = await CreateSut().FetchAsync(server.Url("/bomb"), Token);

        result.ShouldBe(new FetchResult.TooLarge(Limit));
    }
}
