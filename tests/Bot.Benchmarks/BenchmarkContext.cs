using Bot.Benchmarks.Infrastructure;

namespace Bot.Benchmarks;

/// <summary>What the scenarios share: the mode, a progress writer, the article corpus and one PostgreSQL server.</summary>
internal sealed class BenchmarkContext(bool quick, TextWriter progress) : IAsyncDisposable
{
    private readonly Lazy<IReadOnlyList<string>> _corpus = new(BenchmarkCorpus.Load);
    private BenchPostgres? _postgres;

    public bool Quick { get; } = quick;

    public IReadOnlyList<string> Corpus => _corpus.Value;

    /// <summary>Prints a progress line (to standard error, so the report on standard output stays clean).</summary>
    public void Progress(string line) => progress.WriteLine($"  {TimeProvider.System.GetUtcNow():HH:mm:ss} {line}");

    /// <summary>The PostgreSQL server, started on first use and shared by the scenarios.</summary>
    public async Task<BenchPostgres> PostgresAsync()
    {
        if (_postgres is null)
        {
            Progress("starting PostgreSQL");
            _postgres = await BenchPostgres.StartAsync();
        }

        return _postgres;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
