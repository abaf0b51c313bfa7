using System.Diagnostics;
using System.Globalization;

namespace Bot.Benchmarks.Polling;

/// <summary>
/// Thousands of loopback feeds served by a child process (this program run with <see cref="ServeVerb"/>), so the
/// server's CPU and memory are not counted as the bot's. See <see cref="FeedFarmServer"/> for what it serves.
/// </summary>
internal sealed class FeedFarm : IAsyncDisposable
{
    public const string ServeVerb = "serve-feeds";
    internal const string ReadyLine = "ready";
    internal const string ChangeCommand = "change";
    internal const string StatsCommand = "stats";

    private readonly Process _process;

    private FeedFarm(Process process, Uri baseAddress, int sources)
    {
        _process = process;
        BaseAddress = baseAddress;
        Sources = sources;
    }

    public Uri BaseAddress { get; }

    public int Sources { get; }

    public IEnumerable<Uri> Urls => Enumerable.Range(0, Sources).Select(i => new Uri(BaseAddress, Path(i).TrimStart('/')));

    public static string Path(int source) => string.Create(CultureInfo.InvariantCulture, $"/feeds/{source}");

    public static async Task<FeedFarm> StartAsync(int sources, int items, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(FeedFarm).Assembly.Location, ServeVerb, sources.ToString(CultureInfo.InvariantCulture), items.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the feed server process.");
        var ready = await process.StandardOutput.ReadLineAsync(cancellationToken);
        if (ready?.StartsWith(ReadyLine + " ", StringComparison.Ordinal) != true)
        {
            process.Kill();
            process.Dispose();
            throw new InvalidOperationException($"The feed server process did not start: '{ready}'.");
        }

        return new FeedFarm(process, new Uri(ready[(ReadyLine.Length + 1)..]), sources);
    }

    /// <summary>Moves every odd feed to its next version (new ETag, five new items); the even ones stay unchanged.</summary>
    public async Task ChangeHalfAsync(CancellationToken cancellationToken) => await AskAsync(ChangeCommand, cancellationToken);

    /// <summary>Requests, 304 answers and body bytes served so far.</summary>
    public async Task<(long Requests, long NotModified, long Bytes)> StatsAsync(CancellationToken cancellationToken)
    {
        var fields = (await AskAsync(StatsCommand, cancellationToken)).Split(' ');
        return (long.Parse(fields[1], CultureInfo.InvariantCulture), long.Parse(fields[2], CultureInfo.InvariantCulture), long.Parse(fields[3], CultureInfo.InvariantCulture));
    }

    /// <summary>CPU time the server process has used.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close(); // end of input: the server stops
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private async Task<string> AskAsync(string command, CancellationToken cancellationToken)
    {
        await _process.StandardInput.WriteLineAsync(command.AsMemory(), cancellationToken);
        await _process.StandardInput.FlushAsync(cancellationToken);
        var answer = await _process.StandardOutput.ReadLineAsync(cancellationToken);
        return answer?.StartsWith(command, StringComparison.Ordinal) == true
            ? answer
            : throw new InvalidOperationException($"The feed server answered '{answer}' to '{command}'.");
    }
}
