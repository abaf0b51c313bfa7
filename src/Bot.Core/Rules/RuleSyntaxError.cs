namespace Bot.Core.Rules;

/// <summary>
/// What is wrong with a rule, as a stable code, so a caller can say it in the user's language; the arguments that go
/// with each code are listed on it (<see cref="RuleSyntaxException.Arguments"/>, in that order).
/// </summary>
public enum RuleSyntaxError
{
    /// <summary>No code: only the English <see cref="RuleSyntaxException.Problem"/> and hint exist.</summary>
    Unspecified,

    /// <summary>A quote is never closed.</summary>
    UnclosedQuote,

    /// <summary>NEAR/n with a bad n. Arguments: the word, the largest distance.</summary>
    InvalidDistance,

    /// <summary>Nothing but spaces.</summary>
    EmptyRule,

    /// <summary>A ')' with no '(' before it.</summary>
    UnmatchedClose,

    /// <summary>Two conditions side by side without an operator. Arguments: the token.</summary>
    UnexpectedToken,

    /// <summary>An operator with nothing after it. Arguments: the operator.</summary>
    MissingRightOperand,

    /// <summary>A '(' at the very end.</summary>
    GroupNeverStarted,

    /// <summary>"()".</summary>
    EmptyGroup,

    /// <summary>A group with no ')'.</summary>
    UnclosedGroup,

    /// <summary>The rule stops where a condition should start.</summary>
    EndsTooEarly,

    /// <summary>A token that cannot start a condition. Arguments: the token.</summary>
    CannotStart,

    /// <summary>"actor:" with no name. Arguments: the kind.</summary>
    MissingConceptName,

    /// <summary>An unknown "kind:". Arguments: the kind, the kinds there are.</summary>
    UnknownConceptKind,

    /// <summary>A concept name with characters names cannot have. Arguments: the name.</summary>
    InvalidConceptName,

    /// <summary>No such concept. Arguments: the concept, the nearest one.</summary>
    UnknownConcept,

    /// <summary>No such concept, and none of its kind at all. Arguments: the concept, the kind.</summary>
    UnknownConceptNoneOfKind,

    /// <summary>A word or phrase with nothing to look for. Arguments: the text.</summary>
    NothingToFind,

    /// <summary>BY/n followed by something other than a concept. Arguments: the operator.</summary>
    SpeakerNotConcept,
}
