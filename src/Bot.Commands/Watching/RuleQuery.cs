using Bot.Commands.Localization;
using Bot.Core.Lexicon;
using Bot.Core.Rules;

namespace Bot.Commands.Watching;

/// <summary>
/// Turns what a moderator typed into a rule query: <c>preset:NAME</c> (alone) names a shipped preset and is stored as
/// such, so the rule follows the preset as it improves (<see cref="Presets.Expand"/>); anything else must parse against
/// the guild's lexicon. Problems come back as a reply in the invoker's language.
/// </summary>
internal static class RuleQuery
{
    public const int MaxLength = 2000;

    /// <summary>The query to store and its parsed form, or the refusal to send.</summary>
    public static (string? Query, RuleNode? Rule, CommandReply? Refusal) Resolve(string text, ConceptLexicon lexicon, Language language)
    {
        var trimmed = text.Trim();
        if (Presets.ReferencedName(trimmed) is { } name)
        {
            if (Presets.Query(name) is not { } preset)
            {
                return (null, null, CommandReply.Fail(CommandOutcome.InvalidInput, Texts.PresetUnknown.Format(language, name, string.Join(", ", Presets.Names.Select(n => Presets.Prefix + n)))));
            }

            return (Presets.Prefix + name, RuleParser.Parse(preset, lexicon), null);
        }

        if (trimmed.Length > MaxLength)
        {
            return (null, null, CommandReply.Fail(CommandOutcome.InvalidInput, Texts.RuleTooLong.Format(language, MaxLength, trimmed.Length)));
        }

        try
        {
            return (trimmed, RuleParser.Parse(trimmed, lexicon), null);
        }
        catch (RuleSyntaxException ex) when (ex.Problem.Length == 0)
        {
            return (null, null, CommandReply.Fail(CommandOutcome.InvalidInput, ex.Message));
        }
        catch (RuleSyntaxException ex)
        {
            var (problem, hint) = RuleSyntaxTexts.Describe(ex, language);
            var message = Texts.RuleSyntax.Format(language, ex.Position, problem, hint);
            // A hint that asks a question ("did you mean …?") takes no full stop after its question mark.
            if (message.EndsWith("?.", StringComparison.Ordinal) || message.EndsWith("؟.", StringComparison.Ordinal))
            {
                message = message[..^1];
            }

            return (null, null, CommandReply.Fail(CommandOutcome.InvalidInput, message));
        }
    }
}
