namespace Bot.Feeds.Tests.Parsing.Corpus;

/// <summary>
/// The corpus run is CPU-heavy for a few seconds; it runs alone so that the fetch tests' tight timeouts are not
/// measured against a busy machine.
/// </summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
