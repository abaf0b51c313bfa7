namespace Bot.Feeds.Tests.Parsing.Corpus;

/// <summary>One token of an expectation: its kind, its source text and, for literals, its value.</summary>
internal sealed record PyToken(PyTokenKind Kind, string Text, object? Value);
