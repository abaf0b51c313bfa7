using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Bot.TestKit;

/// <summary>Request handlers that misbehave the way real feed servers do, for <see cref="FeedServer.Handle"/>.</summary>
public static class FeedFaults
{
    /// <summary>An error status, with a Retry-After in seconds when given.</summary>
    public static RequestDelegate Status(int status, int? retryAfterSeconds = null) => context =>
    {
        context.Response.StatusCode = status;
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Task.CompletedTask;
    };

    /// <summary>Never answers (until the client gives up).</summary>
    public static RequestDelegate Silent() => context => Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);

    /// <summary>Sends the headers, then one byte of body every <paramref name="every"/>, forever.</summary>
    public static RequestDelegate Trickle(TimeSpan every) => async context =>
    {
        context.Response.ContentType = "application/rss+xml";
        await context.Response.Body.FlushAsync(context.RequestAborted);
        while (!context.RequestAborted.IsCancellationRequested)
        {
            await context.Response.Body.WriteAsync("<"u8.ToArray(), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(every, context.RequestAborted);
        }
    };

    /// <summary>A small gzip body that inflates to <paramref name="inflatedBytes"/> of zeros.</summary>
    public static RequestDelegate GzipBomb(int inflatedBytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(new byte[inflatedBytes]);
        }

        var compressed = output.ToArray();
        return async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentType = "application/rss+xml";
            context.Response.ContentLength = compressed.Length;
            await context.Response.Body.WriteAsync(compressed, context.RequestAborted);
        };
    }

    /// <summary>A body of <paramref name="bytes"/> bytes, chunked (no Content-Length), so only counting catches it.</summary>
    public static RequestDelegate Huge(long bytes) => async context =>
    {
        context.Response.ContentType = "application/rss+xml";
        var chunk = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
        for (long sent = 0; sent < bytes && !context.RequestAborted.IsCancellationRequested; sent += chunk.Length)
        {
            await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
        }
    };

    /// <summary>A redirect to <paramref name="location"/> (relative or absolute).</summary>
    public static RequestDelegate Redirect(string location) => context =>
    {
        context.Response.Redirect(location);
        return Task.CompletedTask;
    };
}
