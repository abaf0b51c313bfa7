using Bot.Core.Lexicon;
using Bot.Core.Text;

namespace Bot.Core.Rules;

/// <summary>
/// Parses the rule language. Grammar, loosest first:
/// <code>
/// rule    = or
/// or      = and { "OR" and }
/// and     = near { ["AND"] near }            juxtaposition means AND
/// near    = unary { ("NEAR/n" | "SENT") unary }
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
            throw new RuleSyntaxException(1, "the rule is empty", "write words, \"quoted phrases\" or concepts such as actor:russia");
        }

        var rule = parser.ParseOr();
        var rest = parser.Peek;
        if (rest.Kind == RuleTokenKind.Close)
        {
            throw new RuleSyntaxException(rest.Position + 1, "')' has no matching '('", "remove it or add '(' before it");
        }

        return rest.Kind == RuleTokenKind.End
            ? rule
            : throw new RuleSyntaxException(rest.Position + 1, $"unexpected '{rest.Text}'", "join parts with AND, OR, NEAR/n or SENT");
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
        while (Peek.Kind is RuleTokenKind.Near or RuleTokenKind.Sentence)
        {
            var op = Take();
            var right = Operand(op, ParseUnary);
            left = op.Kind == RuleTokenKind.Near ? new NearNode(left, right, op.Distance) : new SentenceNode(left, right);
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
        if (Peek.Kind is RuleTokenKind.End or RuleTokenKind.Close or RuleTokenKind.And or RuleTokenKind.Or or RuleTokenKind.Near or RuleTokenKind.Sentence)
        {
            throw new RuleSyntaxException(op.Position + 1, $"'{op.Text}' needs something to its right", "put a word, a \"phrase\", a concept or a (group) there");
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
                    throw new RuleSyntaxException(token.Position + 1, "this '(' is never closed", "put a condition after it and end the group with ')'");
                }

                if (Peek.Kind == RuleTokenKind.Close)
                {
                    throw new RuleSyntaxException(Peek.Position + 1, "the parentheses are empty", "put a condition inside them or remove them");
                }

                var inner = ParseOr();
                if (Peek.Kind != RuleTokenKind.Close)
                {
                    throw new RuleSyntaxException(token.Position + 1, "this '(' is never closed", "add ')' at the end of the group");
                }

                Take();
                return inner;
            case RuleTokenKind.Phrase:
                return Term(token, token.Text.Trim());
            case RuleTokenKind.Word:
                return Word(token);
            default:
                throw new RuleSyntaxException(token.Position + 1, token.Kind == RuleTokenKind.End ? "the rule ends too early" : $"'{token.Text}' cannot start a condition", "start with a word, a \"phrase\", a concept such as actor:russia, NOT or '('");
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
            throw new RuleSyntaxException(token.Position + colon + 2, $"'{kind}:' has no name", "write it like actor:russia, lang:fr or source:bbc-arabic");
        }

        if (FilterKinds.Contains(kind))
        {
            return new FilterNode(kind, name);
        }

        if (!ConceptKinds.Contains(kind))
        {
            throw new RuleSyntaxException(token.Position + 1, $"'{kind}:' is not a kind of concept", $"use {string.Join(", ", ConceptKinds.Concat(FilterKinds).Select(k => k + ":"))}, or put the text in quotes");
        }

        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') && name != "*")
        {
            throw new RuleSyntaxException(token.Position + colon + 2, $"'{name}' is not a concept name", "names are letters, digits, '-' and '_', or * for any");
        }

        var concept = new ConceptNode(kind, name);
        if (_lexicon is not null && !(name == "*" ? _lexicon.HasKind(kind) : _lexicon.Contains(concept.Key)))
        {
            var nearest = _lexicon.ConceptNames
                .Where(n => n.StartsWith(kind + ":", StringComparison.Ordinal))
                .MinBy(n => EditDistance.Between(n, concept.Key));
            throw new RuleSyntaxException(token.Position + 1, $"there is no concept '{concept.Key}'", nearest is null ? $"no {kind}: concepts are loaded" : $"did you mean {nearest}?");
        }

        return concept;
    }

    private static TermNode Term(RuleToken token, string text)
    {
        if (Normalizer.Normalize(text.Replace("*", string.Empty, StringComparison.Ordinal)).Length == 0)
        {
            throw new RuleSyntaxException(token.Position + 1, $"'{token.Text}' has no letters or digits to look for", "write a word or a phrase, or remove it");
        }

        return new TermNode(text);
    }
}
