using System.Collections.Frozen;

namespace Bot.Core.Rules;

/// <summary>
/// Named rules that ship with the bot, written in the rule language itself.
/// A denial preset binds the denial to the accused state: the state (or whoever speaks for it: the Kremlin,
/// Peskov, the foreign ministry, an embassy, state media) says the denial word (<c>BY</c>: "China denies a Russian
/// report" is not Russia's denial), within 25 words of an accusation, an attack or interference; a denial of
/// something else ("Russia denies doping claims") does not count, because the article must also be about a cyber
/// attack (or, for Russia, about interference in an election).
/// </summary>
public static class Presets
{
    public const string RussiaDenial = "russia-denial";
    public const string ChinaDenial = "china-denial";
    public const string ElectionHack = "election-hack";
    public const string Accusation = "accusation";

    /// <summary>How a stored query names a preset: <c>preset:russia-denial</c>.</summary>
    public const string Prefix = "preset:";

    // What a denial must be about, within 25 words (as far as BY reaches: the lead may name the attack and the next
    // sentence deny it), besides the state and the denial itself.
    private const string DeniedMatter = "(stance:accusation OR topic:cyber OR topic:interference OR group:* OR topic:attack)";
    private const string CyberArticle = "(topic:cyber OR group:*)";

    // Russia's denial counts in an article about a cyber attack, or about interference in an election without a word
    // of hacking ("Moscou dément toute ingérence dans la présidentielle"), the election maybe named in the sentence
    // before ("We follow the US elections. Russia does not interfere in US internal affairs").
    private const string DeniedArticle = "(topic:cyber OR group:* OR (topic:interference NEAR/25 topic:election))";

    // A named threat group in a sentence about hacking is an attribution by itself ("Salt Typhoon breached the
    // carriers"): naming the group is what the report attributes.
    private const string GroupAtWork = "(group:* SENT topic:cyber)";

    // Talk of what could happen (risks, fears, modal verbs) within 12 words of the election and the hacking: in their
    // clause or the sentence next to it ("Could hackers change the result? Experts say…"), but not another clause of
    // a long sentence that tells what happened ("may even have stolen the data; even the campaign's phones were
    // tapped").
    private const string NoHypotheticalNear = "NEAR/12 NOT stance:hypothetical";

    // What an accusation sentence must be about.
    private const string AttackMatter = "(topic:cyber OR group:* OR topic:attack)";

    private static readonly FrozenDictionary<string, string> Queries = new Dictionary<string, string>
    {
        [RussiaDenial] = Denial("actor:russia", DeniedArticle),
        // Hacking only: China's denials of interference answer reports of influence campaigns (Canada, the
        // Philippines, Australia), not of cyber attacks, and news readers watching China's denials of hacking did
        // not count them.
        [ChinaDenial] = Denial("actor:china", CyberArticle),
        // Hacking in a sentence about an election, or an attack there in an article about hacking ("three attacks on
        // the election commission on the first day"), told as what happened: not next to talk of what could happen
        // ("Des cyberattaques sont-elles envisageables lors du premier tour ?").
        [ElectionHack] = $"(({CyberArticle} SENT topic:election) {NoHypotheticalNear}) OR (((topic:attack SENT topic:election) {NoHypotheticalNear}) AND {CyberArticle})",
        // A denial reports the accusation it answers: any state's denial of an accusation, and Russia's or China's
        // denial of hacking whether or not the accusation is spelled out ("Peskov called the hacking claims absurd").
        [Accusation] = $"((((stance:accusation NEAR/20 (actor:* OR group:*)) SENT {AttackMatter}) OR {GroupAtWork} OR ((stance:denial BY/25 actor:*) NEAR/20 stance:accusation) OR {DeniedBy("actor:russia")} OR {DeniedBy("actor:china")}) AND {CyberArticle})",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> Names => Queries.Keys.Order(StringComparer.Ordinal);

    /// <summary>The rule text of preset <paramref name="name"/>, or null when there is none.</summary>
    public static string? Query(string name) => Queries.GetValueOrDefault(name);

    /// <summary>
    /// The text a stored query stands for: a preset's current text when it names one (<c>preset:NAME</c>, so a rule
    /// saved from a preset follows the preset as it improves), otherwise the query itself.
    /// </summary>
    public static string Expand(string query) => ReferencedName(query) is { } name && Query(name) is { } preset ? preset : query;

    /// <summary>
    /// The preset name a query refers to when it is <c>preset:NAME</c> alone (lower case, whether or not a preset
    /// has that name), or null when it is a rule of its own.
    /// </summary>
    public static string? ReferencedName(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var trimmed = query.Trim();
        return trimmed.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && !trimmed.Contains(' ', StringComparison.Ordinal)
            ? trimmed[Prefix.Length..].ToLowerInvariant()
            : null;
    }

    /// <summary>The parsed preset <paramref name="name"/> as a watch rule named after it, or null.</summary>
    public static WatchRule? Rule(string name) => Query(name) is { } query ? new WatchRule(name, RuleParser.Parse(query)) : null;

    // BY reaches 25 words: German puts the verb last ("Russland habe die Vorwürfe … als grundlos zurückgewiesen"),
    // and a spokesperson's title is long. What is denied may stand in the sentence before: "Hackers hit the
    // ministry. 'This is absurd,' Peskov said."
    private static string Denial(string actor, string article) => $"{DeniedBy(actor)} AND {article}";

    private static string DeniedBy(string actor) => $"((stance:denial BY/25 {actor}) NEAR/25 {DeniedMatter})";
}
