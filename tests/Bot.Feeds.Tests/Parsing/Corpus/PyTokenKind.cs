namespace Bot.Feeds.Tests.Parsing.Corpus;

internal enum PyTokenKind
{
    Name,
    String,
    Number,
    Op,
    End,
}
