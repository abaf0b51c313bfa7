namespace Bot.Feeds.Tests.Parsing.Corpus;

/// <summary>The expectation reads something our model deliberately does not have (enclosures, geo, itunes …).</summary>
internal sealed class PyOutOfScope : Exception
{
    public PyOutOfScope()
    {
    }

    public PyOutOfScope(string message)
        : base(message)
    {
    }

    public PyOutOfScope(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
