namespace Bot.Feeds.Parsing;

/// <summary>The document is not a feed this parser can read; <see cref="Problem"/> says what kind, the message why.</summary>
public sealed class FeedFormatException : Exception
{
    public FeedFormatException()
    {
    }

    public FeedFormatException(string message)
        : base(message)
    {
    }

    public FeedFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FeedFormatException(FeedProblem problem, string message, Exception? innerException = null)
        : base(message, innerException) => Problem = problem;

    public FeedProblem Problem { get; } = FeedProblem.NotAFeed;
}
