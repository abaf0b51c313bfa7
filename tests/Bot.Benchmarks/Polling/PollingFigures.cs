namespace Bot.Benchmarks.Polling;

/// <summary>The polling scenario's figures, as written to the JSON file.</summary>
internal sealed record PollingFigures(
    int Sources,
    int ItemsPerFeed,
    int MaxConcurrentPolls,
    string Politeness,
    string Database,
    double ImportSeconds,
    double BaselineWorkingSetMiB,
    CycleFigures First,
    CycleFigures Second,
    double TargetSeconds,
    int Warnings,
    int Errors);
