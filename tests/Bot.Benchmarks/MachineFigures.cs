namespace Bot.Benchmarks;

/// <summary>The machine the figures were taken on.</summary>
internal sealed record MachineFigures(int Processors, double MemoryGiB, string Os, string Runtime, string LoadAverageBefore, string LoadAverageAfter);
