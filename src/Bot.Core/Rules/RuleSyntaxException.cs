namespace Bot.Core.Rules;

/// <summary>A rule that cannot be parsed: where (1-based character position), what, and a hint to fix it.</summary>
public sealed class RuleSyntaxException : Exception
{
    public RuleSyntaxException()
    {
    }

    public RuleSyntaxException(string message)
        : base(message)
    {
    }

    public RuleSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RuleSyntaxException(int position, string problem, string hint)
        : base($"syntax error at {position}: {problem}; hint: {hint}")
    {
        Position = position;
        Problem = problem;
        Hint = hint;
    }

    /// <summary>1-based position of the offending character in the rule text.</summary>
    public int Position { get; }

    public string Problem { get; } = string.Empty;

    public string Hint { get; } = string.Empty;
}
