namespace Bot.Benchmarks.Matching;

/// <summary>The matching scenario's figures, as written to the JSON file.</summary>
internal sealed record MatchingFigures(int Articles, long Bytes, int Threads, IReadOnlyList<MatchingResult> Results);
