namespace Bot.Benchmarks.Matching;

/// <summary>
/// One measured configuration: how many rules, which matcher, and its throughput on one thread, per second of CPU
/// time (per core) and per second of wall-clock time.
/// </summary>
internal sealed record MatchingResult(string Matcher, int Rules, double CompileSeconds, double MegabytesPerSecond, double ArticlesPerSecond, int Matches, double WallClockMegabytesPerSecond);
