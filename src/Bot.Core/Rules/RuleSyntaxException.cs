using System.Globalization;

namespace Bot.Core.Rules;

/// <summary>
/// A rule that cannot be parsed: where (1-based character position), what, and a hint to fix it. The message,
/// <see cref="Problem"/> and <see cref="Hint"/> are English (the command line and logs); <see cref="Error"/> and
/// <see cref="Arguments"/> let chat replies say the same in the user's language.
/// </summary>
public sealed class RuleSyntaxException : Exception
{
    private const string StartHint = "start with a word, a \"phrase\", a concept such as actor:russia, NOT or '('";

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

    public RuleSyntaxException(int position, RuleSyntaxError error, params string[] arguments)
        : this(position, Format(English(error).Problem, arguments), Format(English(error).Hint, arguments))
    {
        Error = error;
        Arguments = arguments;
    }

    /// <summary>1-based position of the offending character in the rule text.</summary>
    public int Position { get; }

    public string Problem { get; } = string.Empty;

    public string Hint { get; } = string.Empty;

    /// <summary>What is wrong, as a code that does not change with the wording.</summary>
    public RuleSyntaxError Error { get; }

    /// <summary>The values the problem and hint name (a token, a concept …), as <see cref="RuleSyntaxError"/> lists them.</summary>
    public IReadOnlyList<string> Arguments { get; } = [];

    /// <summary>The English problem and hint of <paramref name="error"/>, with <c>{0}</c>-style placeholders for its arguments.</summary>
    public static (string Problem, string Hint) English(RuleSyntaxError error) => error switch
    {
        RuleSyntaxError.UnclosedQuote => ("this quote is never closed", "end the phrase with a matching \""),
        RuleSyntaxError.InvalidDistance => ("'{0}' is not a valid distance", "write NEAR/n with n a whole number from 1 to {1}, such as NEAR/5"),
        RuleSyntaxError.EmptyRule => ("the rule is empty", "write words, \"quoted phrases\" or concepts such as actor:russia"),
        RuleSyntaxError.UnmatchedClose => ("')' has no matching '('", "remove it or add '(' before it"),
        RuleSyntaxError.UnexpectedToken => ("unexpected '{0}'", "join parts with AND, OR, NEAR/n or SENT"),
        RuleSyntaxError.MissingRightOperand => ("'{0}' needs something to its right", "put a word, a \"phrase\", a concept or a (group) there"),
        RuleSyntaxError.GroupNeverStarted => ("this '(' is never closed", "put a condition after it and end the group with ')'"),
        RuleSyntaxError.EmptyGroup => ("the parentheses are empty", "put a condition inside them or remove them"),
        RuleSyntaxError.UnclosedGroup => ("this '(' is never closed", "add ')' at the end of the group"),
        RuleSyntaxError.EndsTooEarly => ("the rule ends too early", StartHint),
        RuleSyntaxError.CannotStart => ("'{0}' cannot start a condition", StartHint),
        RuleSyntaxError.MissingConceptName => ("'{0}:' has no name", "write it like actor:russia, lang:fr or source:bbc-arabic"),
        RuleSyntaxError.UnknownConceptKind => ("'{0}:' is not a kind of concept", "use {1}, or put the text in quotes"),
        RuleSyntaxError.InvalidConceptName => ("'{0}' is not a concept name", "names are letters, digits, '-' and '_', or * for any"),
        RuleSyntaxError.UnknownConcept => ("there is no concept '{0}'", "did you mean {1}?"),
        RuleSyntaxError.UnknownConceptNoneOfKind => ("there is no concept '{0}'", "no {1}: concepts are loaded"),
        RuleSyntaxError.NothingToFind => ("'{0}' has no letters or digits to look for", "write a word or a phrase, or remove it"),
        RuleSyntaxError.SpeakerNotConcept => ("'{0}' needs a concept to its right: who says or does it", "write it like stance:denial BY/15 actor:russia"),
        _ => ("the rule cannot be read", "check it against the rule language"),
    };

    private static string Format(string template, string[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, template, arguments);
}
