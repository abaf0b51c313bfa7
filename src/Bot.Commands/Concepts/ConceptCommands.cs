using System.Text;
using System.Text.RegularExpressions;
using Bot.Commands.Localization;
using Bot.Core.Lexicon;
using Bot.Core.Watching;
using Bot.Pipeline.Matching;
using Microsoft.Extensions.Logging;

namespace Bot.Commands.Concepts;

/// <summary>
/// <c>concept show name</c> (the terms per language: shipped and the guild's) and <c>concept add-term concept
/// language term</c>, which extends an existing concept for the guild's rules only, without a release.
/// </summary>
public sealed partial class ConceptCommands(IGuildWatchStore store, RuleBookProvider rules, ILogger<ConceptCommands> logger)
{
    /// <summary>The languages the bot reads, and <c>any</c> for names written alike in every language.</summary>
    public static readonly IReadOnlyList<string> TermLanguages = ["any", "ar", "de", "en", "es", "fr", "ru", "zh"];

    private const int FieldLimit = 1000;
    private const int MaxTermLength = 100;

    public async Task<CommandReply> ShowAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Language;
        var terms = await store.ListTermsAsync(request.Guild, cancellationToken);
        if (Concept(request, "name", RuleBook.LexiconFor(request.Guild, terms), out var concept) is { } refusal)
        {
            return refusal;
        }

        var shipped = ConceptLexicon.Default.Terms(concept).Where(t => !t.Excludes).ToList();
        var own = terms.Where(t => string.Equals(t.Concept, concept, StringComparison.OrdinalIgnoreCase)).ToList();
        var fields = shipped
            .GroupBy(t => t.Language, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReplyField(LanguageLabel(g.Key, language), Join(g.Select(t => t.Text).Distinct(StringComparer.Ordinal), language), Inline: true))
            .ToList();
        if (own.Count > 0)
        {
            fields.Add(new ReplyField(Texts.ServerTerms.Format(language), Join(own.Select(t => $"{t.Term} ({t.Language})"), language)));
        }

        var summary = Texts.ConceptSummary.Format(language, shipped.Count, own.Count);
        return CommandReply.Show(new ReplyEmbed(Texts.ConceptTitle.Format(language, concept), summary, fields));
    }

    public async Task<CommandReply> AddTermAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Language;
        var terms = await store.ListTermsAsync(request.Guild, cancellationToken);
        if (Concept(request, "concept", RuleBook.LexiconFor(request.Guild, terms), out var concept) is { } refusal)
        {
            return refusal;
        }

        var termLanguage = request.Arguments.GetString("language")?.Trim().ToLowerInvariant() ?? string.Empty;
        if (termLanguage.Length == 0)
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.Missing.Format(language, "language"));
        }

        if (!TermLanguages.Contains(termLanguage, StringComparer.Ordinal))
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.LanguageInvalid.Format(language, termLanguage, string.Join(", ", TermLanguages)));
        }

        var term = request.Arguments.GetString("term")?.Trim() ?? string.Empty;
        if (term.Length == 0)
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.Missing.Format(language, "term"));
        }

        if (term.Length > MaxTermLength || term.Any(char.IsControl) || !term.Any(char.IsLetterOrDigit))
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.TermInvalid.Format(language, term));
        }

        if (!await store.AddTermAsync(request.Guild, request.Actor, new GuildTerm(request.Guild, concept, termLanguage, term), cancellationToken))
        {
            return CommandReply.Fail(CommandOutcome.Conflict, Texts.TermExists.Format(language, term, termLanguage, concept));
        }

        rules.Invalidate();
        Log.TermAdded(logger, concept, termLanguage, request.Guild.ToString(), request.Actor.UserId);
        return CommandReply.Done(Texts.TermAdded.Format(language, term, termLanguage, concept));
    }

    /// <summary>Concept names for autocomplete: those containing what was typed, those starting with it first.</summary>
    public async Task<IReadOnlyList<string>> SuggestAsync(CommandRequest request, string typed, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(typed);
        var lexicon = RuleBook.LexiconFor(request.Guild, await store.ListTermsAsync(request.Guild, cancellationToken));
        var wanted = typed.Trim();
        return [.. lexicon.ConceptNames
            .Where(n => n.Contains(wanted, StringComparison.OrdinalIgnoreCase))
            .OrderBy(n => n.StartsWith(wanted, StringComparison.OrdinalIgnoreCase) || n.Split(':')[1].StartsWith(wanted, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(n => n, StringComparer.Ordinal)
            .Take(limit)];
    }

    private static CommandReply? Concept(CommandRequest request, string option, ConceptLexicon lexicon, out string concept)
    {
        var language = request.Language;
        concept = request.Arguments.GetString(option)?.Trim().ToLowerInvariant() ?? string.Empty;
        if (concept.Length == 0)
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.Missing.Format(language, option));
        }

        if (!ConceptName().IsMatch(concept))
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.ConceptInvalid.Format(language, concept));
        }

        if (lexicon.Contains(concept))
        {
            return null;
        }

        var name = concept;
        var nearest = lexicon.ConceptNames
            .Where(n => n.StartsWith(name[..(name.IndexOf(':', StringComparison.Ordinal) + 1)], StringComparison.Ordinal))
            .MinBy(n => Distance(n, name));
        return CommandReply.Fail(CommandOutcome.NotFound, nearest is null
            ? Texts.ConceptNotFound.Format(language, concept)
            : Texts.ConceptNotFoundNear.Format(language, concept, nearest));
    }

    private static string LanguageLabel(string code, Language language) => code == "any" ? Texts.AnyLanguage.Format(language) : code;

    private static string Join(IEnumerable<string> terms, Language language)
    {
        var list = terms.ToList();
        var text = new StringBuilder();
        var shown = 0;
        foreach (var term in list)
        {
            var more = Texts.More.Format(language, list.Count - shown);
            if (text.Length + term.Length + 2 + more.Length > FieldLimit)
            {
                return text.Append(' ').Append(more).ToString();
            }

            text.Append(shown == 0 ? string.Empty : ", ").Append(term);
            shown++;
        }

        return text.ToString();
    }

    // Levenshtein distance, for "did you mean".
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    [GeneratedRegex("^(actor|group|stance|topic):[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex ConceptName();
}
