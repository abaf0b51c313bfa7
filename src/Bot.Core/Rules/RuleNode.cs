namespace Bot.Core.Rules;

/// <summary>
/// A parsed watch rule. Nodes are records, so two rules are equal when their trees are; <see cref="RulePrinter"/>
/// prints the canonical text, which parses back to an equal tree.
/// </summary>
public abstract record RuleNode
{
    public sealed override string ToString() => RulePrinter.Print(this);
}

/// <summary>A word or a quoted phrase, in any script; a trailing <c>*</c> matches any word starting so.</summary>
public sealed record TermNode(string Text) : RuleNode;

/// <summary>A lexicon concept: <c>actor:russia</c>, <c>stance:denial</c>, <c>topic:election</c>, <c>group:apt28</c>, <c>actor:*</c>.</summary>
public sealed record ConceptNode(string Kind, string Name) : RuleNode
{
    public string Key => Kind + ":" + Name;
}

/// <summary>A condition on the article rather than its words: <c>lang:fr</c>, <c>source:bbc-arabic</c>.</summary>
public sealed record FilterNode(string Kind, string Value) : RuleNode;

/// <summary><c>NOT x</c>: the article does not match <c>x</c>.</summary>
public sealed record NotNode(RuleNode Operand) : RuleNode;

/// <summary><c>a AND b</c>, also written <c>a b</c>.</summary>
public sealed record AndNode(RuleNode Left, RuleNode Right) : RuleNode;

/// <summary><c>a OR b</c>.</summary>
public sealed record OrNode(RuleNode Left, RuleNode Right) : RuleNode;

/// <summary><c>a NEAR/n b</c>: a match of each with at most <c>n</c> words between them.</summary>
public sealed record NearNode(RuleNode Left, RuleNode Right, int Distance) : RuleNode;

/// <summary>
/// <c>a BY/n actor:x</c>: a match of <c>a</c> said or done by <c>actor:x</c>: of the concepts of that kind (all
/// actors) within <c>n</c> words of it in its sentence, one before it (its subject) is <c>actor:x</c>, or, when none
/// stands before it, the nearest after it is (Arabic puts the verb first). One right next to an accusation word
/// before the match is its accuser ("the US accusations"), the speaker only when no one else is there.
/// </summary>
public sealed record ByNode(RuleNode Left, ConceptNode Speaker, int Distance) : RuleNode;

/// <summary><c>a SENT b</c>: a match of each in the same sentence.</summary>
public sealed record SentenceNode(RuleNode Left, RuleNode Right) : RuleNode;
