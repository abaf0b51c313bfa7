using Bot.Core.Lexicon;
using Bot.Core.Text;

namespace Bot.Core.Rules;

/// <summary>
/// Parses the rule language. Grammar, loosest first:
/// <code>
/// rule    = or
/// or      = and { "OR" and }
/// and     = near { ["AND"] near }            juxtaposition means AND
/// near    = unary { ("NEAR/n" | "SENT") unary | "BY/n" concept }
/// unary   = "NOT" unary | primary
/// primary = "(" or ")" | '"' phrase '"' | kind ":" name | word
/// kind    = actor | group | stance | topic   (concepts; name "*" = any of the kind)
///         | lang | source                    (filters on the article)
/// </code>
/// Every error is a <see cref="RuleSyntaxException"/> with a position and a hint.
/// </summary>
public sealed class RuleParser
{
    private static readonly string[] ConceptKinds = ["actor", "group", "stance", "topic"];
    private static readonly string[] FilterKinds = ["lang", "source"];

    private readonly ConceptLexicon? _lexicon;
    private readonly List<RuleToken> _tokens;
    private int _next;

    private RuleParser(string text, ConceptLexicon? lexicon)
    {
        _lexicon = lexicon;
        _tokens = RuleLexer.Tokenize(text);
    }

    /// <summary>
    /// Parses <paramref name="text"/>. With a <paramref name="lexicon"/>, concept names are checked against it
    /// (an unknown one is an error that suggests the nearest known name).
    /// </summary>
    public static RuleNode Parse(string text, ConceptLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new RuleParser(text, lexicon);
        if (parser.Peek.Kind == RuleTokenKind.End)
        {
            throw new RuleSyntaxException(1, RuleSyntaxError.EmptyRule);
        }

        var rule = parser.ParseOr();
        var rest = parser.Peek;
        if (rest.Kind == RuleTokenKind.Close)
        {
            throw new RuleSyntaxException(rest.Position + 1, RuleSyntaxError.UnmatchedClose);
        }

        return rest.Kind == RuleTokenKind.End
            ? rule
            : throw new RuleSyntaxException(rest.Position + 1, RuleSyntaxError.UnexpectedToken, rest.Text);
    }

    private RuleToken Peek => _tokens[_next];

    private RuleToken Take() => _tokens[_next++];

    private RuleNode ParseOr()
    {
        var left = ParseAnd();
        while (Peek.Kind == RuleTokenKind.Or)
        {
            var op = Take();
            left = new OrNode(left, Operand(op, ParseAnd));
        }

        return left;
    }

    private RuleNode ParseAnd()
    {
        var left = ParseProximity();
        while (Peek.Kind is RuleTokenKind.And or RuleTokenKind.Word or RuleTokenKind.Phrase or RuleTokenKind.Open or RuleTokenKind.Not)
        {
            var op = Peek.Kind == RuleTokenKind.And ? Take() : Peek;
            left = new AndNode(left, Operand(op, ParseProximity));
        }

        return left;
    }

    private RuleNode ParseProximity()
    {
        var left = ParseUnary();
        while (Peek.Kind is RuleTokenKind.Near or RuleTokenKind.Sentence or RuleTokenKind.By)
        {
            var op = Take();
            var at = Peek.Position;
            var right = Operand(op, ParseUnary);
            left = op.Kind switch
            {
                RuleTokenKind.Near => new NearNode(left, right, op.Distance),
                RuleTokenKind.By => new ByNode(left, right as ConceptNode ?? throw new RuleSyntaxException(at + 1, RuleSyntaxError.SpeakerNotConcept, op.Text), op.Distance),
                _ => new SentenceNode(left, right),
            };
        }

        return left;
    }

    private RuleNode ParseUnary()
    {
        if (Peek.Kind == RuleTokenKind.Not)
        {
            var op = Take();
            return new NotNode(Operand(op, ParseUnary));
        }

        return ParsePrimary();
    }

    private RuleNode Operand(RuleToken op, Func<RuleNode> parse)
    {
        if (Peek.Kind is RuleTokenKind.End or RuleTokenKind.Close or RuleTokenKind.And or RuleTokenKind.Or or RuleTokenKind.Near or RuleTokenKind.Sentence or RuleTokenKind.By)
        {
            throw new RuleSyntaxException(op.Position + 1, RuleSyntaxError.MissingRightOperand, op.Text);
        }

        return parse();
    }

    private RuleNode ParsePrimary()
    {
        var token = Take();
        switch (token.Kind)
        {
            case RuleTokenKind.Open:
                if (Peek.Kind == RuleTokenKind.End)
                {
                    throw new RuleSyntaxException(token.Position + 1, RuleSyntaxError.GroupNeverStarted);
                }

                if (Peek.Kind == RuleTokenKind.Close)
                {
                    throw new RuleSyntaxException(Peek.Position + 1, RuleSyntaxError.EmptyGroup);
                }

                var inner = ParseOr();
                if (Peek.Kind != RuleTokenKind.Close)
                {
                    throw new RuleSyntaxException(token.Position + 1, RuleSyntaxError.UnclosedGroup);
                }

                Take();
                return inner;
            case RuleTokenKind.Phrase:
                return Term(token, token.Text.Trim());
            case RuleTokenKind.Word:
                return Word(token);
            default:
                throw token.Kind == RuleTokenKind.End
                    ? new RuleSyntaxException(token.Position + 1, RuleSyntaxError.EndsTooEarly)
                    : new RuleSyntaxException(token.Position + 1, RuleSyntaxError.CannotStart, token.Text);
        }
    }

    private RuleNode Word(RuleToken token)
    {
        var colon = token.Text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return Term(token, token.Text);
        }

        var kind = token.Text[..colon].ToLowerInvariant();
        var name = token.Text[(colon + 1)..].ToLowerInvariant();
        if (name.Length == 0)
        {
            throw new RuleSyntaxException(token.Position + colon + 2, RuleSyntaxError.MissingConceptName, kind);
        }

        if (FilterKinds.Contains(kind))
        {
            return new FilterNode(kind, name);
        }

        if (!ConceptKinds.Contains(kind))
        {
            throw new RuleSyntaxException(token.Position + 1, RuleSyntaxError.UnknownConceptKind, kind, string.Join(", ", ConceptKinds.Concat(FilterKinds).Select(k => k + ":")));
        }

        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') && name != "*")
        {
            throw new RuleSyntaxException(token.Position + colon + 2, RuleSyntaxError.InvalidConceptName, name);
        }

        var concept = new ConceptNode(kind, name);
        if (_lexicon is not null && !(name == "*" ? _lexicon.HasKind(kind) : _lexicon.Contains(concept.Key)))
        {
            var nearest = _lexicon.ConceptNames
                .Where(n => n.StartsWith(kind + ":", StringComparison.Ordinal))
                .MinBy(n => EditDistance.Between(n, concept.Key));
            throw nearest is null
                ? new RuleSyntaxException(token.Position + 1, RuleSyntaxError.UnknownConceptNoneOfKind, concept.Key, kind)
                : new RuleSyntaxException(token.Position + 1, RuleSyntaxError.UnknownConcept, concept.Key, nearest);
        }

        return concept;
    }

    private static TermNode Term(RuleToken token, string text)
    {
        if (Normalizer.Normalize(text.Replace("*", string.Empty, StringComparison.Ordinal)).Length == 0)
        {
            throw new RuleSyntaxException(token.Position + 1, RuleSyntaxError.NothingToFind, token.Text);
        }

        return new TermNode(text);
    }
}
