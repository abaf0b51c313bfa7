namespace Bot.Benchmarks;

/// <summary>What a scenario measured: Markdown lines for the console and an object for the JSON file.</summary>
internal sealed record ScenarioReport(IReadOnlyList<string> Lines, object Figures);
