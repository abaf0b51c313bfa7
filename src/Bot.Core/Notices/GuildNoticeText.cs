using System.Globalization;

namespace Bot.Core.Notices;

/// <summary>
/// The English text of guild notices. Storage fills the placeholders per guild in the transaction that pauses (a
/// guild knows a source under its own name, and only some guilds may resume it), so they are kept as constants.
/// </summary>
public static class GuildNoticeText
{
    /// <summary>Replaced by the source's name as the guild knows it.</summary>
    public const string SourcePlaceholder = "{source}";

    /// <summary>Replaced by how the guild gets the source back: its own command, or the operator's.</summary>
    public const string ResumePlaceholder = "{resume}";

    /// <summary>A source paused after failing for <paramref name="failingFor"/>, <paramref name="streak"/> polls in a row, for <paramref name="cause"/>.</summary>
    public static string SourcePaused(TimeSpan failingFor, int streak, string cause) => string.Create(
        CultureInfo.InvariantCulture,
        $"Source **{SourcePlaceholder}** is paused: it has failed for {Duration(failingFor)} ({streak} polls in a row). Last problem: {cause}. "
        + $"Its articles are not read until it is resumed: {ResumePlaceholder}.");

    /// <summary>How a guild resumes a source it added itself.</summary>
    public static string ResumeByCommand(string name) => $"`/source resume {name}`";

    /// <summary>How an operator's shared source is resumed: only the operator can.</summary>
    public static string ResumeByOperator(string name) => $"the bot's operator runs `bot sources resume {name}`";

    /// <summary>Discord refused <paramref name="channelId"/> for <paramref name="reason"/>; <paramref name="rules"/> were paused.</summary>
    public static string RulesPaused(ulong channelId, string reason, IReadOnlyList<string> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var channel = "<#" + channelId.ToString(CultureInfo.InvariantCulture) + ">";
        var names = string.Join(", ", rules.Select(r => "**" + r + "**"));
        var first = rules.Count > 0 ? rules[0] : "NAME";
        return $"The bot cannot post in {channel} ({reason}), so the rules sending there are paused: {names}. "
            + $"Give the bot View Channel, Send Messages and Embed Links there (or point the rules elsewhere), then resume each with `/watch resume {first}`.";
    }

    // "26 hours", "3 days", "90 minutes": the failing time as moderators read it.
    private static string Duration(TimeSpan time) =>
        time.TotalHours >= 48 ? $"{Math.Round(time.TotalDays, 1).ToString(CultureInfo.InvariantCulture)} days"
        : time.TotalMinutes >= 120 ? $"{Math.Round(time.TotalHours, 1).ToString(CultureInfo.InvariantCulture)} hours"
        : time.TotalSeconds >= 120 ? $"{Math.Round(time.TotalMinutes).ToString(CultureInfo.InvariantCulture)} minutes"
        : $"{Math.Round(time.TotalSeconds).ToString(CultureInfo.InvariantCulture)} seconds";
}
