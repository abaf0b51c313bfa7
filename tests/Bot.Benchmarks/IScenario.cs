namespace Bot.Benchmarks;

/// <summary>One scenario of the benchmark: it runs whole, then says what it measured.</summary>
internal interface IScenario
{
    /// <summary>Short name: the JSON property and the <c>--only</c> value, such as <c>polling</c>.</summary>
    string Key { get; }

    /// <summary>Heading of its part of the printed report, such as <c>2. Polling</c>.</summary>
    string Title { get; }

    Task<ScenarioReport> RunAsync(BenchmarkContext context, CancellationToken cancellationToken);
}
