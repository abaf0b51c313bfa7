namespace Bot.Core.Notices;

/// <summary>The kinds of guild notice, as stored (<c>guild_notices.kind</c>).</summary>
public static class GuildNoticeKinds
{
    /// <summary>A source the guild uses was paused after failing too long.</summary>
    public const string SourcePaused = "source-paused";

    /// <summary>Discord refused one of the guild's channels, and the rules sending there were paused.</summary>
    public const string RulesPaused = "rules-paused";
}
