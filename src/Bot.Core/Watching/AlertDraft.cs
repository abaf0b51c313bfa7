namespace Bot.Core.Watching;

/// <summary>
/// An alert about to be stored with its article: what one guild's rules found, for one target channel. Several
/// rules of a guild that send to the same channel make one alert, so a channel sees an article once.
/// </summary>
/// <param name="Guild">The guild the rules belong to.</param>
/// <param name="ChannelId">Target channel; null for the console.</param>
/// <param name="RuleNames">The rules that matched, in rule order.</param>
/// <param name="Concepts">Concepts found (<c>actor:russia</c>, <c>stance:denial</c> …), distinct.</param>
/// <param name="Language">Detected language of the article.</param>
/// <param name="Evidence">Evidence sentences, distinct, in document order of the first rule that found them.</param>
/// <param name="MentionRoleIds">Roles to mention: those of the matching rules that have one.</param>
public sealed record AlertDraft(
    GuildId Guild,
    ulong? ChannelId,
    IReadOnlyList<string> RuleNames,
    IReadOnlyList<string> Concepts,
    string Language,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<ulong> MentionRoleIds);
