namespace Bot.Feeds.Tests.Parsing.Corpus;

/// <summary>What Python would raise (KeyError, IndexError, a syntax error): the expectation does not hold.</summary>
internal sealed class PyError : Exception
{
    public PyError()
    {
    }

    public PyError(string message)
        : base(message)
    {
    }

    public PyError(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
