using System.Globalization;
using System.Text;
using Bot.Core.Lexicon;
using Bot.Core.Matching;
using Bot.Core.Rules;

namespace Bot.Core.Watching;

/// <summary>
/// The rules in force across all guilds, compiled once per guild against that guild's lexicon (the shipped one plus
/// its own terms), and the sources each guild sees. Immutable; <see cref="Build"/> with the previous book recompiles
/// only the guilds whose rules or terms changed.
/// </summary>
public sealed class RuleBook
{
    private readonly Dictionary<GuildId, GuildRules> _guilds;
    private readonly IReadOnlyDictionary<long, IReadOnlyList<GuildId>> _ownSources;

    private RuleBook(Dictionary<GuildId, GuildRules> guilds, IReadOnlyDictionary<long, IReadOnlyList<GuildId>> ownSources, IReadOnlyList<RuleProblem> problems)
    {
        _guilds = guilds;
        _ownSources = ownSources;
        Problems = problems;
    }

    public static RuleBook Empty { get; } = Build(WatchSnapshot.Empty);

    /// <summary>Stored rules that no longer parse (say, a guild term they used was removed); they are left out.</summary>
    public IReadOnlyList<RuleProblem> Problems { get; }

    /// <summary>How many rules are in force.</summary>
    public int RuleCount => _guilds.Values.Sum(g => g.Compiled.Rules.Count);

    /// <summary>Compiles <paramref name="snapshot"/>, reusing what <paramref name="previous"/> compiled for unchanged guilds.</summary>
    public static RuleBook Build(WatchSnapshot snapshot, RuleBook? previous = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var termsByGuild = snapshot.Terms.ToLookup(t => t.Guild);
        var guilds = new Dictionary<GuildId, GuildRules>();
        var problems = new List<RuleProblem>();
        foreach (var rules in snapshot.Rules.GroupBy(r => r.Guild))
        {
            var terms = termsByGuild[rules.Key].ToList();
            var fingerprint = Fingerprint(rules, terms);
            if (previous?._guilds.TryGetValue(rules.Key, out var unchanged) == true && unchanged.Fingerprint == fingerprint)
            {
                guilds[rules.Key] = unchanged;
                problems.AddRange(unchanged.Problems);
                continue;
            }

            var compiled = Compile(rules.Key, [.. rules], terms, fingerprint);
            guilds[rules.Key] = compiled;
            problems.AddRange(compiled.Problems);
        }

        return new RuleBook(guilds, snapshot.OwnSources, problems);
    }

    /// <summary>
    /// Matches an article from a source against the rules of every guild that sees the source, and returns one
    /// draft per guild and target channel. A <paramref name="language"/> declared for the source replaces detection.
    /// </summary>
    public IReadOnlyList<AlertDraft> Match(long sourceId, string sourceName, string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var drafts = new List<AlertDraft>();
        foreach (var guild in GuildsSeeing(sourceId))
        {
            var matches = guild.Compiled.Match(text, sourceName, language);
            if (matches.Count == 0)
            {
                continue;
            }

            foreach (var byChannel in matches.GroupBy(m => guild.Rules[m.RuleName].ChannelId))
            {
                var rules = byChannel.Select(m => guild.Rules[m.RuleName]).ToList();
                drafts.Add(new AlertDraft(
                    guild.Guild,
                    byChannel.Key,
                    [.. rules.Select(r => r.Name)],
                    [.. byChannel.SelectMany(m => m.Concepts).Distinct(StringComparer.Ordinal)],
                    byChannel.First().Language,
                    [.. byChannel.SelectMany(m => m.Evidence).Distinct(StringComparer.Ordinal)],
                    [.. rules.Select(r => r.MentionRoleId).OfType<ulong>().Distinct()]));
            }
        }

        return drafts;
    }

    private IEnumerable<GuildRules> GuildsSeeing(long sourceId) =>
        _ownSources.TryGetValue(sourceId, out var subscribers)
            ? subscribers.Select(g => _guilds.GetValueOrDefault(g)).OfType<GuildRules>()
            : _guilds.Values;

    /// <summary>The shipped lexicon with a guild's own <paramref name="terms"/> added: what its rules are parsed and matched with.</summary>
    public static ConceptLexicon LexiconFor(GuildId guild, IEnumerable<GuildTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var lexicon = ConceptLexicon.Default;
        foreach (var concept in terms.Where(t => t.Guild == guild).GroupBy(t => t.Concept, StringComparer.OrdinalIgnoreCase))
        {
            lexicon = lexicon.WithTerms(concept.Key, concept.Select(t => new LexiconTerm(t.Term, t.Language, $"guild {guild}")));
        }

        return lexicon;
    }

    private static GuildRules Compile(GuildId guild, List<StoredRule> rules, List<GuildTerm> terms, string fingerprint)
    {
        var lexicon = LexiconFor(guild, terms);
        var parsed = new List<WatchRule>();
        var byName = new Dictionary<string, StoredRule>(StringComparer.Ordinal);
        var problems = new List<RuleProblem>();
        foreach (var rule in rules)
        {
            try
            {
                parsed.Add(new WatchRule(rule.Name, RuleParser.Parse(Presets.Expand(rule.Query), lexicon)));
                byName[rule.Name] = rule;
            }
            catch (RuleSyntaxException ex)
            {
                problems.Add(new RuleProblem(rule, ex.Message));
            }
        }

        return new GuildRules(guild, fingerprint, CompiledRuleSet.Compile(parsed, lexicon), byName, problems);
    }

    // Everything that changes what the guild's compiled rules do or where their alerts go.
    private static string Fingerprint(IEnumerable<StoredRule> rules, List<GuildTerm> terms)
    {
        var text = new StringBuilder();
        foreach (var rule in rules.OrderBy(r => r.Id))
        {
            text.Append(CultureInfo.InvariantCulture, $"{rule.Id}\u001f{rule.Name}\u001f{rule.Query}\u001f{rule.ChannelId}\u001f{rule.MentionRoleId}\u001e");
        }

        foreach (var term in terms.OrderBy(t => t.Concept, StringComparer.Ordinal).ThenBy(t => t.Language, StringComparer.Ordinal).ThenBy(t => t.Term, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{term.Concept}\u001f{term.Language}\u001f{term.Term}\u001e");
        }

        return text.ToString();
    }

    private sealed record GuildRules(
        GuildId Guild, string Fingerprint, CompiledRuleSet Compiled, Dictionary<string, StoredRule> Rules, IReadOnlyList<RuleProblem> Problems);
}
