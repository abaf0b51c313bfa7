namespace Bot.Core.Watching;

/// <summary>A term a guild added to a concept (<c>/concept add-term</c>); it counts for that guild's rules only.</summary>
public sealed record GuildTerm(GuildId Guild, string Concept, string Language, string Term);
