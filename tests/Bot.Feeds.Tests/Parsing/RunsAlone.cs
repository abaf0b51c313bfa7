namespace Bot.Feeds.Tests.Parsing;

/// <summary>
/// Parsing and extraction tests are CPU-bound (the corpus run, the HTML parser warming up); they run on their own
/// so that the fetch tests' sub-second timeouts are not measured against a busy two-core machine.
/// </summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
